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
