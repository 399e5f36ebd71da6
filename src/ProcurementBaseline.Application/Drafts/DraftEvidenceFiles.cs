using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Drafts;

/// <summary>A draft's uploaded files as evidence: the sha256 recorded at upload, and the content of those that were loaded (SBOMs and VEX documents, which are read).</summary>
public sealed class DraftEvidenceFiles(IReadOnlyList<DraftFile> files) : IEvidenceFiles
{
    private readonly Dictionary<string, DraftFile> _byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);

    public EvidenceFile Inspect(string relativePath, CancellationToken cancellation) =>
        _byPath.TryGetValue(Bundles.BundleArchive.Normalise(relativePath), out var file)
            ? new EvidenceFile(EvidenceFileState.Present, file.Sha256)
            : new EvidenceFile(EvidenceFileState.Missing);

    public Stream? OpenRead(string relativePath) =>
        _byPath.TryGetValue(Bundles.BundleArchive.Normalise(relativePath), out var file) && file.Content is { } content ? new MemoryStream(content, writable: false) : null;
}
