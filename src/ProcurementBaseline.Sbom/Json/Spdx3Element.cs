using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Json;

/// <summary>One element of an SPDX 3 @graph with the members this tool reads, whatever its type (types name members alike).</summary>
internal sealed class Spdx3Element
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Version { get; set; }

    public string? Description { get; set; }

    public string? Summary { get; set; }

    public string? Comment { get; set; }

    public string? Created { get; set; }

    public string? SpecVersion { get; set; }

    public string? CreationInfoRef { get; set; }

    public Spdx3Element? CreationInfo { get; set; }

    public List<string> CreatedBy { get; } = [];

    public List<string> CreatedUsing { get; } = [];

    public string? SuppliedBy { get; set; }

    public List<string> OriginatedBy { get; } = [];

    public string? PackageUrl { get; set; }

    public List<(string Type, string Identifier)> ExternalIdentifiers { get; } = [];

    public List<SbomHash> Hashes { get; } = [];

    public int ExternalReferences { get; set; }

    public string? Release { get; set; }

    public string? ValidUntil { get; set; }

    public string? Purpose { get; set; }

    public string? Copyright { get; set; }

    public List<string> RootElements { get; } = [];

    public List<string> SbomTypes { get; } = [];

    public string? From { get; set; }

    public string? RelationshipType { get; set; }

    public List<string> To { get; } = [];

    public string? Subject { get; set; }

    public string? Statement { get; set; }

    public bool ActionStatement { get; set; }

    public string? Justification { get; set; }

    public SourceLocation At { get; set; }
}
