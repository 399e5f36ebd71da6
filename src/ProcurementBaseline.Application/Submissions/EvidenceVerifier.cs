using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Sboms;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sbom.Vex;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Vex;
using System.Collections.Concurrent;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// Checks a submission's evidence against its store: each file is inspected and hashed once, however many claims and
/// baselines name it, and compared with the sha256 the attestation gives. A file given without one is unpinned.
/// </summary>
public sealed class EvidenceVerifier(IEvidenceFiles files, CancellationToken cancellation = default) : IEvidenceVerifier
{
    private readonly ConcurrentDictionary<string, EvidenceFile> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SbomCheck> _sboms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (VexReadResult Read, string Sha256)> _vex = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _summaries = new(StringComparer.Ordinal);

    /// <summary>The SBOM profiles that baselines' evidence requirements name.</summary>
    public IReadOnlyList<SbomProfile> Profiles { get; init; } = [];

    /// <summary>What reading each SBOM or VEX evidence file found, by path, for the evidence register.</summary>
    public IReadOnlyDictionary<string, string> Summaries => _summaries;

    public bool ChecksContent => true;

    public EvidenceContent Content(Evidence evidence, EvidenceRequirement requirement, Claim claim)
    {
        if (evidence.Path is not { } path)
        {
            return SbomEvidence.Unreadable(evidence, "is not a file");
        }

        var content = requirement.Kind == EvidenceKind.Vex ? VexContent(evidence, path, claim) : SbomEvidence.ForSbom(evidence, Sbom(path), requirement);
        _summaries[path] = content.Summary;
        return content;
    }

    /// <summary>The SBOM at a path read once and judged against every loaded profile.</summary>
    public SbomCheck Sbom(string path) => _sboms.GetOrAdd(path, p =>
    {
        using var stream = files.OpenRead(p);
        return stream is null
            ? SbomCheck.Failed(p, Diagnostic.Create(DiagnosticCodes.EvidenceUnreadable, SourceLocation.WholeFile(p), p, "it cannot be opened"))
            : SbomCheck.Run(stream, p, Profiles, cancellation: cancellation);
    });

    private EvidenceContent VexContent(Evidence evidence, string path, Claim claim)
    {
        var (read, sha256) = _vex.GetOrAdd(path, p =>
        {
            using var stream = files.OpenRead(p);
            if (stream is null)
            {
                return (new VexReadResult(DocumentKind.Unknown, [], [Diagnostic.Create(DiagnosticCodes.EvidenceUnreadable, SourceLocation.WholeFile(p), p, "it cannot be opened")]), "");
            }

            // Hashed as it is read, so what was judged is what the attestation pins.
            using var hashing = new HashingStream(stream);
            var result = VexReader.Read(hashing, p);
            return (result, hashing.Finish());
        });
        if (read.Succeeded && SbomEvidence.ChangedWhileRead(evidence, sha256) is { } changed)
        {
            return changed;
        }

        if (!read.Succeeded)
        {
            var first = read.Diagnostics.First(d => d.IsError);
            return SbomEvidence.Unreadable(evidence, $"cannot be read as VEX: {first.Code} {first.Message}");
        }

        var sboms = claim.Evidence.Where(e => e.Kind == EvidenceKind.Sbom && e.Path is not null && Check(e).IsGood).Select(e => Sbom(e.Path!)).Where(s => s.Readable).ToList();
        return SbomEvidence.ForVex(evidence, VexJoin.Of(read.Statements, name => sboms.Any(s => s.Names(name))), sboms.Count);
    }

    public EvidenceFileCheck Check(Evidence evidence)
    {
        if (evidence.Path is null)
        {
            return EvidenceFileState.NotAFile;
        }

        var file = Inspect(evidence.Path);
        if (file.State != EvidenceFileState.Present)
        {
            return new EvidenceFileCheck(file.State, file.Detail);
        }

        return evidence.Sha256 switch
        {
            null => EvidenceFileState.Unpinned,
            var expected when !string.Equals(file.Sha256, expected, StringComparison.Ordinal) => new EvidenceFileCheck(EvidenceFileState.HashMismatch, file.Sha256),
            _ => EvidenceFileState.Present,
        };
    }

    /// <summary>The file at a relative path as the store found it.</summary>
    public EvidenceFile Inspect(string relativePath) => _seen.GetOrAdd(relativePath, path =>
        EvidencePaths.WhyOutside(path) is not null ? new EvidenceFile(EvidenceFileState.OutsideFolder) : files.Inspect(path, cancellation));
}
