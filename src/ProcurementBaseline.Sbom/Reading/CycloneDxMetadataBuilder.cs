using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Reading;

/// <summary>A CycloneDX BOM's metadata as it is read, in either encoding.</summary>
internal sealed class CycloneDxMetadataBuilder(SbomFormat format)
{
    public string? SpecVersion { get; set; }

    public string? Serial { get; set; }

    public string? Timestamp { get; set; }

    public List<string> Authors { get; } = [];

    /// <summary>The BOM's manufacturer or supplier: who made the SBOM data when no author is named.</summary>
    public List<string> Organisations { get; } = [];

    public List<string> Tools { get; } = [];

    public List<string> Lifecycles { get; } = [];

    public SbomComponent? Subject { get; set; }

    public bool HasVulnerabilities { get; set; }

    public SbomMetadata Build() => new()
    {
        Format = format,
        SpecVersion = SpecVersion,
        Serial = Serial,
        Authors = [.. Authors.Count > 0 ? Authors : Organisations],
        Tools = [.. Tools],
        Timestamp = Timestamp,
        Lifecycles = [.. Lifecycles],
        SubjectName = Subject?.Name,
        SubjectVersion = Subject?.Version,
        HasVulnerabilityData = HasVulnerabilities,
    };
}
