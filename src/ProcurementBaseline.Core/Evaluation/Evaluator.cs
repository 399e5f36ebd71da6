using ProcurementBaseline.Diagnostics;
using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// Reads one submission against one compiled baseline at an explicit as-of date (harmonisation.md §2–5). Pure:
/// evidence files are checked through <see cref="IEvidenceVerifier"/>, supplied by the caller.
/// A direct claim on a control decides its finding; claims on other controls count only where there is none.
/// </summary>
public static class Evaluator
{
    public static BaselineEvaluation Evaluate(EvaluationPlan plan, Attestation attestation, DateOnly asOf, IEvidenceVerifier evidence)
    {
        // Only claims on a required control or on a candidate source can affect a finding; the rest are not assessed.
        var policy = plan.Baseline.Baseline.Policy;
        var claims = new ClaimAssessment?[plan.SlotCount];
        var cursor = default(SlotCursor);
        foreach (var claim in attestation.Claims)
        {
            if (plan.TryGetSlot(claim.Control, ref cursor, out var slot) && claims[slot] is null)
            {
                claims[slot] = ClaimAssessment.Assess(claim, policy, asOf, evidence, plan.Baseline.Baseline.Id);
            }
        }

        var required = plan.Baseline.Controls;
        var findings = ImmutableArray.CreateBuilder<Finding>(required.Length);
        JointJudge? judge = null;
        for (var i = 0; i < required.Length; i++)
        {
            var joints = plan.Joints[i].IsEmpty ? default(Covers?) : (judge ??= new JointJudge(plan, claims)).Judge(plan.Joints[i]);
            var finding = claims[plan.RequiredSlots[i]] is { } direct
                ? Direct(required[i], direct)
                : Inferred(required[i], plan.Candidates[i], plan.CandidateSlots[i], claims, NotCounted(plan, i, claims), joints);
            findings.Add(evidence.ChecksContent ? RequireOwnEvidence(finding, policy, plan.Baseline.Baseline.Id) : finding);
        }

        var all = findings.MoveToImmutable();
        var (verdict, reasons) = Verdicts.Decide(all);
        return new BaselineEvaluation(plan.Baseline, asOf, all, verdict, reasons,
            Scores(all, plan.NationScopes, plan.NationOf),
            Scores(all, plan.CatalogScopes, plan.CatalogOf),
            Scores(all, plan.GroupScopes, plan.GroupOf));
    }

    /// <summary>
    /// A control whose baseline asks for SBOM or VEX evidence is met only by a claim on it carrying that evidence: a
    /// mapping says what another control's claim covers, not that its evidence is an SBOM complete under a profile.
    /// Coverage through mappings becomes an evidence problem that says so.
    /// </summary>
    private static Finding RequireOwnEvidence(Finding finding, AcceptancePolicy policy, string baselineId)
    {
        if (finding.Claim is not null || finding.Kind is not (FindingKind.MetViaMapping or FindingKind.PartiallyMet or FindingKind.Planned))
        {
            return finding;
        }

        var needs = policy.RequirementsFor(finding.Required.Key).ToList();
        if (needs.Count == 0)
        {
            return finding;
        }

        var kinds = string.Join(" and ", needs.Select(n => n.Kind == EvidenceKind.Sbom ? $"sbom evidence complete under {n.Profile}" : "vex evidence"));
        return finding with
        {
            Kind = FindingKind.EvidenceProblem,
            Reason = $"{finding.Reason} But {baselineId} asks for {kinds} on a claim on this control itself, which coverage through a mapping does not carry.",
            EvidenceIssues = [.. needs.Select(n => ClaimIssue.Of(DiagnosticCodes.EvidenceKindMissing, null, finding.Required.Key, n.Kind == EvidenceKind.Sbom ? "sbom" : "vex", baselineId))],
        };
    }

    private static Finding Direct(RequiredControl required, ClaimAssessment claim) => new()
    {
        Required = required,
        Kind = claim.DirectKind,
        Assessment = claim,
        Claim = claim.Claim,
        Due = claim.Due,
        Residual = claim.DirectKind == FindingKind.PartiallyMet ? Statement(required) : null,
        RemainderPlanned = claim.DirectKind == FindingKind.PartiallyMet && claim.PoamInWindow,
        EvidenceIssues = claim.EvidenceIssues,
    };

    private static Finding Inferred(RequiredControl required, ImmutableArray<CoverageCandidate> candidates, int[] slots, ClaimAssessment?[] claims,
        ImmutableArray<RejectedMapping> notCounted, Covers? joints)
    {
        CoverageCandidate? partial = null, planned = null, blocked = null;
        ClaimAssessment? partialClaim = null, plannedClaim = null, blockedClaim = null;
        List<ControlKey>? related = null;
        for (var c = 0; c < candidates.Length; c++)
        {
            if (claims[slots[c]] is not { } source)
            {
                continue;
            }

            var candidate = candidates[c];
            switch (source.Coverage)
            {
                case SourceCoverage.Full when candidate.Level == CoverageLevel.Full:
                    return joints?.Full is { } jointFull && jointFull.Tree.Strength > candidate.Strength
                        ? JointMet(required, jointFull)
                        : new Finding
                        {
                            Required = required,
                            Kind = FindingKind.MetViaMapping,
                            Reason = candidate.MetReason,
                            ViaClaim = source.Claim,
                            Path = candidate.Path,
                            Derivation = candidate.Derivation,
                        };
                case SourceCoverage.Full or SourceCoverage.Partial when partial is null:
                    (partial, partialClaim) = (candidate, source);
                    break;
                case SourceCoverage.Planned when planned is null && candidate.Level == CoverageLevel.Full:
                    (planned, plannedClaim) = (candidate, source);
                    break;
                case SourceCoverage.None when source.Claim.Status == ClaimStatus.NotImplemented:
                    if ((related?.Count ?? 0) < 3)
                    {
                        (related ??= []).Add(candidate.Source);
                    }

                    break;
                case SourceCoverage.None when source.Claim.Status != ClaimStatus.NotApplicable
                    && (blocked is null || (blocked.Level == CoverageLevel.Partial && candidate.Level == CoverageLevel.Full)):
                    (blocked, blockedClaim) = (candidate, source);
                    break;
            }
        }

        if (joints?.Full is { } full)
        {
            return JointMet(required, full);
        }

        var context = Context(blocked, blockedClaim, notCounted);
        if (joints?.Partial is { } jointPartial && (partial is null || jointPartial.Tree.Strength > partial.Strength))
        {
            return new Finding
            {
                Required = required,
                Kind = FindingKind.PartiallyMet,
                Reason = $"Covered in part through {Claims(jointPartial.Tree)}: {jointPartial.Tree}.{context}",
                ViaClaim = jointPartial.Claim.Claim,
                Derivation = jointPartial.Tree,
                Residual = JointResidual(required, jointPartial.Tree),
                RemainderPlanned = joints.Value.Planned is not null,
                Due = joints.Value.Planned?.Due,
                BlockedBy = blockedClaim,
                BlockedPath = blocked,
                NotCounted = notCounted,
            };
        }

        if (partial is not null)
        {
            return new Finding
            {
                Required = required,
                Kind = FindingKind.PartiallyMet,
                Reason = partial.PartialReason + context,
                ViaClaim = partialClaim!.Claim,
                Path = partial.Path,
                Derivation = partialClaim.Coverage == SourceCoverage.Full ? partial.Derivation : partial.PartialDerivation,
                Residual = Residual(required, partial.Path),
                BlockedBy = blockedClaim,
                BlockedPath = blocked,
                NotCounted = notCounted,
            };
        }

        if (joints?.Planned is { } jointPlanned && planned is null)
        {
            return new Finding
            {
                Required = required,
                Kind = FindingKind.Planned,
                Reason = $"Planned through {Claims(jointPlanned.Tree)} (due {jointPlanned.Due:yyyy-MM-dd}): {jointPlanned.Tree}.{context}",
                ViaClaim = jointPlanned.Claim.Claim,
                Derivation = jointPlanned.Tree,
                Due = jointPlanned.Due,
                BlockedBy = blockedClaim,
                BlockedPath = blocked,
                NotCounted = notCounted,
            };
        }

        if (planned is not null)
        {
            return new Finding
            {
                Required = required,
                Kind = FindingKind.Planned,
                Reason = $"Planned through {planned.Source} (due {plannedClaim!.Due:yyyy-MM-dd}): {planned.Description}.{context}",
                ViaClaim = plannedClaim.Claim,
                Path = planned.Path,
                Derivation = planned.Derivation,
                Due = plannedClaim.Due,
                BlockedBy = blockedClaim,
                BlockedPath = blocked,
                NotCounted = notCounted,
            };
        }

        var reason = blocked is not null ? $"No claim counts for it.{context}"
            : related is not null ? $"No claim; related controls claimed not implemented: {string.Join(", ", related)}.{context}"
            : NoClaimReason + context;
        return new Finding
        {
            Required = required,
            Kind = FindingKind.NoClaim,
            Reason = blocked is not null && related is not null ? $"{reason} Related controls claimed not implemented: {string.Join(", ", related)}." : reason,
            RelatedNotImplemented = related is null ? [] : [.. related],
            BlockedBy = blockedClaim,
            BlockedPath = blocked,
            NotCounted = notCounted,
        };
    }

    private static Finding JointMet(RequiredControl required, Reached full) => new()
    {
        Required = required,
        Kind = FindingKind.MetViaMapping,
        Reason = $"Met through {Claims(full.Tree)} together: {full.Tree}.",
        ViaClaim = full.Claim.Claim,
        Derivation = full.Tree,
    };

    private static string Claims(Derivation tree) => string.Join(", ", tree.Claims);

    /// <summary>What the target still asks when a combined mapping covers it in part: its text, and the members nothing covers.</summary>
    private static string JointResidual(RequiredControl required, Derivation tree)
    {
        var missing = tree.MissingMembers.Select(m => m.ControlId).ToList();
        var gap = missing.Count == 0 ? "" : $" Not yet covered, of the controls that together cover it: {string.Join(", ", missing)}.";
        return $"What {required.Key.ControlId} asks beyond {string.Join(", ", tree.Claims.Select(c => c.ControlId))}: {Sentence(Statement(required) ?? required.Control.Control.Title.Default)}{gap}";
    }

    /// <summary>
    /// The sentences that name why coverage did not count: the claim that would have covered the control and what is
    /// wrong with it, then mappings the baseline does not accept.
    /// </summary>
    private static string Context(CoverageCandidate? blocked, ClaimAssessment? blockedClaim, ImmutableArray<RejectedMapping> notCounted)
    {
        var text = "";
        if (blocked is not null)
        {
            var extent = blocked.Level == CoverageLevel.Full ? "would cover it" : "would cover it in part";
            text = $" The claim on {blocked.Source}, which {extent} ({blocked.Description}), does not count: {blockedClaim!.Reason}";
        }

        if (!notCounted.IsEmpty)
        {
            text += $" Not counted: {string.Join("; ", notCounted.Select(r => r.Description))}.";
        }

        return text;
    }

    /// <summary>Rejected mappings into required control <paramref name="index"/> whose source is claimed and would otherwise count.</summary>
    private static ImmutableArray<RejectedMapping> NotCounted(EvaluationPlan plan, int index, ClaimAssessment?[] claims)
    {
        var rejected = plan.Rejected[index];
        if (rejected.IsEmpty)
        {
            return [];
        }

        ImmutableArray<RejectedMapping>.Builder? shown = null;
        for (var r = 0; r < rejected.Length; r++)
        {
            if (claims[plan.RejectedSlots[index][r]] is { Coverage: SourceCoverage.Full or SourceCoverage.Partial })
            {
                (shown ??= ImmutableArray.CreateBuilder<RejectedMapping>()).Add(rejected[r]);
            }
        }

        return shown?.ToImmutable() ?? [];
    }

    private const string NoClaimReason = "No claim, and no claimed control covers it through an accepted mapping.";

    private static string? Statement(RequiredControl required) => required.Control.Control.Statement?.Default;

    /// <summary>What the target still asks: its own text, and the share a mapping says is covered, where given.</summary>
    private static string Residual(RequiredControl required, CoveragePath path)
    {
        var coverage = path.Edges.Length == 1 ? path.Edges[0].Mapping.Coverage : null;
        var share = coverage is { } c ? $" (the mapping puts coverage at {c:P0})" : "";
        var remark = path.Edges[^1].Mapping.Remarks is { } r ? $" Mapping note: {r}" : "";
        return $"What {required.Key.ControlId} asks beyond {path.Start.ControlId}{share}: {Sentence(Statement(required) ?? required.Control.Control.Title.Default)}{remark}";
    }

    private static string Sentence(string text) =>
        text.TrimEnd() is var t && t.Length > 0 && t[^1] is '.' or '!' or '?' or '。' ? t : $"{t}.";

    private static ImmutableArray<Score> Scores(ImmutableArray<Finding> findings, ImmutableArray<string> scopes, int[] of)
    {
        var met = new int[scopes.Length];
        var counted = new int[scopes.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            if (findings[i].Kind != FindingKind.NotApplicable)
            {
                counted[of[i]]++;
                met[of[i]] += findings[i].IsMet ? 1 : 0;
            }
        }

        var scores = ImmutableArray.CreateBuilder<Score>(scopes.Length);
        for (var s = 0; s < scopes.Length; s++)
        {
            scores.Add(new Score(scopes[s], met[s], counted[s]));
        }

        return scores.MoveToImmutable();
    }
}
