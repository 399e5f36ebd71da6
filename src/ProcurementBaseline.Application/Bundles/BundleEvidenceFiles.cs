using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Bundles;

/// <summary>Evidence files held in an opened bundle, found by their path in the attestation; the bundle's checks already passed.</summary>
public sealed class BundleEvidenceFiles(IReadOnlyList<BundleArchive.Entry> entries, InputLimits limits) : IEvidenceFiles
{
    private readonly Dictionary<string, BundleArchive.Entry> _byName = entries.ToDictionary(e => e.Name, StringComparer.Ordinal);

    public EvidenceFile Inspect(string relativePath, CancellationToken cancellation)
    {
        if (!_byName.TryGetValue(BundleArchive.Normalise(relativePath), out var entry))
        {
            return new EvidenceFile(EvidenceFileState.Missing);
        }

        if (entry.Length > limits.MaxEvidenceBytes)
        {
            return new EvidenceFile(EvidenceFileState.TooLarge, Detail: $"{InputLimits.Describe(entry.Length)}, over the {InputLimits.Describe(limits.MaxEvidenceBytes)} limit");
        }

        try
        {
            return new EvidenceFile(EvidenceFileState.Present, BundleArchive.Sha256(entry));
        }
        catch (InvalidDataException ex)
        {
            return new EvidenceFile(EvidenceFileState.Unreadable, Detail: ex.Message);
        }
    }

    public Stream? OpenRead(string relativePath) =>
        _byName.TryGetValue(BundleArchive.Normalise(relativePath), out var entry) ? BundleArchive.OpenRead(entry) : null;
}
