using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Sboms;

/// <summary>
/// A set of fields an SBOM must carry (NTIA's minimum elements, CERT-In's data fields), with where each may be read
/// from in each format. Profiles are data: YAML under <c>standards/sbom-profiles/</c>.
/// </summary>
public sealed record SbomProfile
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public required ImmutableArray<SbomProfileField> Fields { get; init; }

    public SourceLocation? Origin { get; init; }

    /// <summary>"id@version", as baselines name it.</summary>
    public string Key => $"{Id}@{Version}";
}

public enum SbomFieldScope
{
    /// <summary>Read for each component: its share is the share of components that carry it.</summary>
    Component,

    /// <summary>Read once for the document: present or not.</summary>
    Document,
}

/// <summary>One field of a profile and the places it may be read from per format family, first preferred.</summary>
public sealed record SbomProfileField
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required SbomFieldScope Scope { get; init; }

    /// <summary>False for a field the profile recommends: it is reported and scored, but does not make an SBOM incomplete.</summary>
    public bool Required { get; init; } = true;

    public required ImmutableDictionary<SbomFamily, ImmutableArray<SbomFieldSource>> Read { get; init; }

    /// <summary>What a report says about where it was read from, for fields with no native home.</summary>
    public string? Note { get; init; }

    public ImmutableArray<SbomFieldSource> SourcesFor(SbomFamily family) =>
        Read.TryGetValue(family, out var sources) ? sources : [];
}

/// <summary>A place a field is read from: a native fact, or a named property (a CycloneDX property, an SPDX annotation <c>name=value</c>).</summary>
public readonly record struct SbomFieldSource(SbomFact Fact, string? Property = null)
{
    public static SbomFieldSource OfProperty(string name) => new(SbomFact.None, name);

    public bool IsProperty => Property is not null;

    public override string ToString() => Property is { } name ? $"property {name}" : SbomFactWords.Word(Fact);
}
