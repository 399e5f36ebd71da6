namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// Where a submission's evidence files are read from: a folder on disk beside the attestation, or a bundle held in
/// storage. Paths are relative to the attestation and have already passed the textual check
/// (<see cref="ProcurementBaseline.Attestations.EvidencePaths"/>); the store must keep them inside.
/// </summary>
public interface IEvidenceFiles
{
    EvidenceFile Inspect(string relativePath, CancellationToken cancellation);

    /// <summary>The file's content as a stream, for evidence that is read (SBOMs, VEX); null when it cannot be opened. Size limits are the caller's, after <see cref="Inspect"/>.</summary>
    Stream? OpenRead(string relativePath);
}
