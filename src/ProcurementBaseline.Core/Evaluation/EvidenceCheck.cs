using ProcurementBaseline.Attestations;

namespace ProcurementBaseline.Evaluation;

/// <summary>What checking one evidence item's file found, before dates are considered.</summary>
public enum EvidenceFileState
{
    /// <summary>A URI, which the tool records but does not fetch.</summary>
    NotAFile,

    Present,

    Missing,

    HashMismatch,

    /// <summary>The path leaves the attestation's folder; the file is not read.</summary>
    OutsideFolder,
}

/// <summary>Checks evidence files: that they exist inside the attestation's folder and that their sha256 matches. The core reads no files; the caller does.</summary>
public interface IEvidenceVerifier
{
    EvidenceFileState Check(Evidence evidence);
}

/// <summary>For evaluations where evidence files were not given to check (URIs only, or tests): every file counts as present.</summary>
public sealed class TrustedEvidence : IEvidenceVerifier
{
    public static TrustedEvidence Instance { get; } = new();

    public EvidenceFileState Check(Evidence evidence) => evidence.Path is null ? EvidenceFileState.NotAFile : EvidenceFileState.Present;
}
