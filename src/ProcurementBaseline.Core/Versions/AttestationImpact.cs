using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Versions;

/// <summary>What happens to one claim when its catalog moves to a new version.</summary>
public enum ClaimImpactKind
{
    /// <summary>The control is unchanged (or only its title, guidance or metadata changed): the claim carries over.</summary>
    CarriedOver,

    /// <summary>The control was renamed or moved with the same text: the claim carries over under the new id.</summary>
    CarriedOverRenamed,

    /// <summary>The control's requirement changed: the claim must be re-attested.</summary>
    NeedsReattestation,

    /// <summary>The control was withdrawn: the claim lapses; its successors need claims.</summary>
    Withdrawn,

    /// <summary>The control is gone from the new version without a successor.</summary>
    Removed,
}

public sealed record ClaimImpact(ClaimImpactKind Kind, Claim Claim, string? NewId, ControlChange Change);

/// <summary>
/// What a new catalog version means for an attestation made against the old one: claims that carry over, claims
/// on renamed controls, claims to re-attest (with the word diff of what changed), claims on withdrawn controls, and
/// new controls with no claim; and the migrated attestation, in which nothing changed is ever silently kept.
/// </summary>
public sealed record AttestationImpact(CatalogDiff Diff, ImmutableArray<ClaimImpact> Claims, ImmutableArray<ControlChange> Unclaimed)
{
    public static AttestationImpact Assess(Attestation attestation, CatalogDiff diff)
    {
        var byOldId = diff.Changes.Where(c => c.OldId is not null && c.Old is not null).ToDictionary(c => c.OldId!, StringComparer.Ordinal);
        var impacts = ImmutableArray.CreateBuilder<ClaimImpact>();
        foreach (var claim in attestation.Claims.Where(c => c.Control.Catalog == diff.Old))
        {
            if (!byOldId.TryGetValue(claim.Control.ControlId, out var change))
            {
                continue;
            }

            impacts.Add(change.Kind switch
            {
                ChangeKind.Unchanged => new ClaimImpact(ClaimImpactKind.CarriedOver, claim, change.NewId, change),
                ChangeKind.Changed when change.Statement is null => new ClaimImpact(ClaimImpactKind.CarriedOver, claim, change.NewId, change),
                ChangeKind.Renamed when change.Similarity >= 1 || (change.Explicit && change.Statement is null && change.Similarity >= CatalogDiff.RenameThreshold) =>
                    new ClaimImpact(ClaimImpactKind.CarriedOverRenamed, claim, change.NewId, change),
                ChangeKind.Changed or ChangeKind.Renamed => new ClaimImpact(ClaimImpactKind.NeedsReattestation, claim, change.NewId, change),
                ChangeKind.Withdrawn => new ClaimImpact(ClaimImpactKind.Withdrawn, claim, null, change),
                _ => new ClaimImpact(ClaimImpactKind.Removed, claim, null, change),
            });
        }

        var claimedNew = impacts.Where(i => i.NewId is not null).Select(i => i.NewId!).ToHashSet(StringComparer.Ordinal);
        var unclaimed = diff.Of(ChangeKind.Added).Where(c => !claimedNew.Contains(c.NewId!)).ToImmutableArray();
        return new AttestationImpact(diff, impacts.ToImmutable(), unclaimed);
    }

    /// <summary>The review mark on a claim whose control changed.</summary>
    public string ReattestNote(ClaimImpact impact) =>
        $"{Diff.New} changed this control; re-attest it. Change: {impact.Change.Statement?.Diff?.ToString() ?? "renamed with different text"}";

    /// <summary>The review mark on the unclaimed entry for a new control.</summary>
    public string NewControlNote => $"New in {Diff.New}; no claim yet.";

    /// <summary>Why a claim on a withdrawn or removed control no longer counts.</summary>
    public string LapsedNote(ClaimImpact impact) => impact.Kind == ClaimImpactKind.Withdrawn
        ? $"Lapsed: {impact.Claim.Control.ControlId} is withdrawn in {Diff.New}{(impact.Change.Successors.IsDefaultOrEmpty ? "" : $"; claim its successor {string.Join(", ", impact.Change.Successors.Select(s => s.ControlId))}")}."
        : $"Lapsed: {impact.Claim.Control.ControlId} is not in {Diff.New}.";

    public int Count(ClaimImpactKind kind) => Claims.Count(c => c.Kind == kind);

    /// <summary>
    /// The attestation moved to the new version: claims that carry over keep their content under the new key; claims
    /// to re-attest keep their content but are marked for review (and count for nothing until the mark is removed);
    /// claims on withdrawn or removed controls are dropped; new controls get an unclaimed entry marked for review.
    /// Claims on other catalogs are kept as they are.
    /// </summary>
    public Attestation Migrate(Attestation attestation)
    {
        var byClaim = new Dictionary<Claim, ClaimImpact>(ReferenceEqualityComparer.Instance);
        foreach (var impact in Claims)
        {
            byClaim[impact.Claim] = impact;
        }

        var claims = ImmutableArray.CreateBuilder<Claim>();
        foreach (var claim in attestation.Claims)
        {
            if (!byClaim.TryGetValue(claim, out var impact))
            {
                claims.Add(claim);
                continue;
            }

            var moved = impact.NewId is { } id ? claim with { Control = new ControlKey(Diff.New, id), Origin = null } : null;
            switch (impact.Kind)
            {
                case ClaimImpactKind.CarriedOver or ClaimImpactKind.CarriedOverRenamed:
                    claims.Add(moved!);
                    break;
                case ClaimImpactKind.NeedsReattestation:
                    claims.Add(moved! with { Review = ReattestNote(impact) });
                    break;
            }
        }

        foreach (var added in Unclaimed)
        {
            claims.Add(new Claim
            {
                Control = new ControlKey(Diff.New, added.NewId!),
                Status = ClaimStatus.NotImplemented,
                Review = NewControlNote,
            });
        }

        return attestation with { Claims = claims.ToImmutable() };
    }
}
