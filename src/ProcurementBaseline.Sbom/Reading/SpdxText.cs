using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Reading;

/// <summary>SPDX's small text conventions: "Organization: name", creators, and annotations written <c>name=value</c>.</summary>
internal static class SpdxText
{
    /// <summary>An agent ("Organization: Acme (contact@acme)", "Person: Jane", "Tool: x") as its name, NOASSERTION as null.</summary>
    public static string? Agent(string? text)
    {
        if (SbomValues.Meaningful(text) is not { } value)
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? value : value[(colon + 1)..].Trim();
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        return SbomValues.Meaningful(paren < 0 ? name : name[..paren]);
    }

    public static bool IsTool(string creator) => creator.StartsWith("Tool:", StringComparison.OrdinalIgnoreCase);

    /// <summary>An annotation read as a property when it is written <c>name=value</c> with no space in the name.</summary>
    public static SbomProperty? Property(string? annotation)
    {
        if (annotation is null)
        {
            return null;
        }

        var equals = annotation.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || annotation.AsSpan(0, equals).ContainsAny(' ', '\n', '\t'))
        {
            return null;
        }

        return new SbomProperty(annotation[..equals].Trim(), annotation[(equals + 1)..].Trim());
    }

    /// <summary>SPDX 2 relationship types that state a dependency, and whether they point from the dependency to its dependant.</summary>
    public static (bool Dependency, bool Reversed) Dependency(string? type) => type switch
    {
        "DEPENDS_ON" or "CONTAINS" or "DYNAMIC_LINK" or "STATIC_LINK" or "HAS_PREREQUISITE" => (true, false),
        "DEPENDENCY_OF" or "CONTAINED_BY" or "BUILD_TOOL_OF" or "BUILD_DEPENDENCY_OF" or "DEV_DEPENDENCY_OF" or "OPTIONAL_DEPENDENCY_OF"
            or "PROVIDED_DEPENDENCY_OF" or "RUNTIME_DEPENDENCY_OF" or "TEST_DEPENDENCY_OF" or "PREREQUISITE_FOR" => (true, true),
        _ => (false, false),
    };
}
