using System.Collections.Immutable;

namespace ProcurementBaseline.Sboms;

/// <summary>What an SBOM says about itself: who made it with which tools, when, in which life-cycle phase, and of what.</summary>
public sealed record SbomMetadata
{
    public required SbomFormat Format { get; init; }

    /// <summary>The format's version as the document states it ("1.6", "SPDX-2.3", "3.0.1").</summary>
    public string? SpecVersion { get; init; }

    /// <summary>The document's serial number (CycloneDX serialNumber, SPDX namespace or id), which BOM-Links name.</summary>
    public string? Serial { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public ImmutableArray<string> Tools { get; init; } = [];

    public string? Timestamp { get; init; }

    public ImmutableArray<string> Lifecycles { get; init; } = [];

    /// <summary>The software the SBOM describes: CycloneDX metadata.component, SPDX documentDescribes / rootElement.</summary>
    public string? SubjectName { get; init; }

    public string? SubjectVersion { get; init; }

    /// <summary>Whether the document carries vulnerability data (CycloneDX vulnerabilities, SPDX 3 security elements, SPDX 2 security references).</summary>
    public bool HasVulnerabilityData { get; init; }

    public SbomFact Facts =>
        (Authors.IsEmpty ? SbomFact.None : SbomFact.SbomAuthors)
        | (Tools.IsEmpty ? SbomFact.None : SbomFact.Tools)
        | (SbomValues.Meaningful(Timestamp) is null ? SbomFact.None : SbomFact.Timestamp)
        | (Lifecycles.IsEmpty ? SbomFact.None : SbomFact.Lifecycle)
        | (SbomValues.Meaningful(SubjectName) is null ? SbomFact.None : SbomFact.Subject)
        | (HasVulnerabilityData ? SbomFact.VulnerabilityData : SbomFact.None);
}
