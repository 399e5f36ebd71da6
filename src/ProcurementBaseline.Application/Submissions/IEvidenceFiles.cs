namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// Where a submission's evidence files are read from: a folder on disk beside the attestation, or a bundle held in
/// storage. Paths are relative to the attestation and have already passed the textual check
/// (<see cref="ProcurementBaseline.Attestations.EvidencePaths"/>); the store must keep them inside.
/// </summary>
public interface IEvidenceFiles
{
    EvidenceFile Inspect(string relativePath, CancellationToken cancellation);
}
