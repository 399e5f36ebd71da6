using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;

namespace ProcurementBaseline.Evaluation;

/// <summary>What checking one evidence item's file found, before dates are considered.</summary>
public enum EvidenceFileState
{
    /// <summary>A URI, which the tool records but does not fetch.</summary>
    NotAFile,

    Present,

    Missing,

    HashMismatch,

    /// <summary>The path leaves the attestation's folder (through a symbolic link); the file is not read.</summary>
    OutsideFolder,

    /// <summary>A directory, a FIFO, a device or a socket: never read.</summary>
    NotRegularFile,

    /// <summary>Larger than the evidence size limit; not read.</summary>
    TooLarge,

    /// <summary>Permission denied, an I/O error, or a loop of symbolic links.</summary>
    Unreadable,

    /// <summary>A file given without its sha256, so what it holds cannot be checked.</summary>
    Unpinned,
}

/// <summary>The state of one evidence file and, for states a person needs explained, what was found ("a FIFO").</summary>
public readonly record struct EvidenceFileCheck(EvidenceFileState State, string? Detail = null)
{
    public static implicit operator EvidenceFileCheck(EvidenceFileState state) => new(state);

    public bool IsGood => State is EvidenceFileState.Present or EvidenceFileState.NotAFile;
}

/// <summary>Checks evidence files: that they exist inside the attestation's folder and that their sha256 matches. The core reads no files; the caller does.</summary>
public interface IEvidenceVerifier
{
    EvidenceFileCheck Check(Evidence evidence);

    /// <summary>Whether SBOM and VEX contents are read; when not (a plan's hypothetical evidence, benchmarks), baselines' evidence requirements are taken as met.</summary>
    bool ChecksContent { get; }

    /// <summary>Reads an SBOM or VEX evidence file (already found present and as pinned) against a baseline's requirement; <paramref name="claim"/> gives a VEX its SBOM.</summary>
    EvidenceContent Content(Evidence evidence, EvidenceRequirement requirement, Claim claim);
}

/// <summary>
/// For evaluations where evidence files were not given to check (URIs only, benchmarks, tests): a file counts as
/// present when its sha256 is given, and as unpinned when it is not.
/// </summary>
public sealed class TrustedEvidence : IEvidenceVerifier
{
    public static TrustedEvidence Instance { get; } = new();

    public EvidenceFileCheck Check(Evidence evidence) =>
        evidence.Path is null ? EvidenceFileState.NotAFile : evidence.Sha256 is null ? EvidenceFileState.Unpinned : EvidenceFileState.Present;

    public bool ChecksContent => false;

    /// <summary>Contents are not read: an SBOM counts as what it says it is, as a pinned file counts as present.</summary>
    public EvidenceContent Content(Evidence evidence, EvidenceRequirement requirement, Claim claim) => EvidenceContent.Unchecked;
}
