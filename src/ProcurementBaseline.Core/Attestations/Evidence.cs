using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Attestations;

/// <summary>
/// One piece of evidence for a claim: a URI, or a file given by a path relative to the attestation's folder, with
/// its sha256 and validity dates.
/// </summary>
public sealed record Evidence
{
    public required string Title { get; init; }

    public string? Uri { get; init; }

    public string? Path { get; init; }

    /// <summary>Lower-case hexadecimal sha256 of the file.</summary>
    public string? Sha256 { get; init; }

    /// <summary>An SBOM or a VEX document is read and checked against the profile the baseline names; a document is only hashed.</summary>
    public EvidenceKind Kind { get; init; }

    public DateOnly? Issued { get; init; }

    public DateOnly? Expires { get; init; }

    public SourceLocation? Origin { get; init; }
}
