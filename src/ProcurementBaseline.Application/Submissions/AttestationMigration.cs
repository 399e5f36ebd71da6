using System.Text;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Versions;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// The text of an attestation moved to a new catalog version (<see cref="AttestationImpact.Migrate"/>). It is the
/// vendor's own file edited in place, comments, order and quoting kept, whenever that edit reads back as exactly
/// the migrated attestation; otherwise the migrated attestation written afresh, and <see cref="Result.InPlace"/> says so.
/// </summary>
public static class AttestationMigration
{
    public sealed record Result(string Text, bool InPlace);

    public static Result Write(string original, Attestation attestation, AttestationImpact impact, string file)
    {
        var migrated = impact.Migrate(attestation);
        var index = new Dictionary<Claim, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < attestation.Claims.Length; i++)
        {
            index[attestation.Claims[i]] = i;
        }

        var edits = impact.Claims.Select(c => c.Kind switch
        {
            ClaimImpactKind.Withdrawn or ClaimImpactKind.Removed => new ClaimEdit(index[c.Claim], null, null, impact.LapsedNote(c)),
            ClaimImpactKind.NeedsReattestation => new ClaimEdit(index[c.Claim], Key(impact, c), impact.ReattestNote(c), null),
            _ => new ClaimEdit(index[c.Claim], Key(impact, c), null, null),
        }).ToList();
        var additions = impact.Unclaimed.Select(c => new AddedClaim(new ControlKey(impact.Diff.New, c.NewId!).ToString(), "not-implemented", impact.NewControlNote)).ToList();
        if (AttestationYamlEditor.Apply(original, edits, additions) is { } edited && ReadsAs(edited, migrated, file))
        {
            return new Result(edited, InPlace: true);
        }

        return new Result(AttestationYamlWriter.Write(migrated,
            $"Migrated from {impact.Diff.Old} to {impact.Diff.New} by procbase attest impact. Claims marked 'review' count for nothing until re-attested."), InPlace: false);
    }

    private static string Key(AttestationImpact impact, ClaimImpact claim) => new ControlKey(impact.Diff.New, claim.NewId!).ToString();

    /// <summary>Whether the edited text reads, without errors, as the migrated attestation: the same claims, in order, with the same content.</summary>
    private static bool ReadsAs(string edited, Attestation migrated, string file)
    {
        var read = AttestationYamlReader.Read(Encoding.UTF8.GetBytes(edited), file);
        if (read.HasErrors || read.Value is not { } back || back.Claims.Length != migrated.Claims.Length)
        {
            return false;
        }

        return back.Claims.Zip(migrated.Claims).All(p => Same(p.First, p.Second))
            && back.Vendor == migrated.Vendor && back.Product == migrated.Product && back.Date == migrated.Date;
    }

    private static bool Same(Claim a, Claim b) =>
        a.Control == b.Control && a.Status == b.Status && a.Review == b.Review && a.Statement == b.Statement && a.Justification == b.Justification
        && a.Assessor == b.Assessor && a.Evidence.Length == b.Evidence.Length && a.Poam.Length == b.Poam.Length
        && a.Evidence.Zip(b.Evidence).All(e => e.First.Path == e.Second.Path && e.First.Sha256 == e.Second.Sha256 && e.First.Uri == e.Second.Uri)
        && a.Poam.Zip(b.Poam).All(m => m.First.Due == m.Second.Due && m.First.Description == m.Second.Description);
}
