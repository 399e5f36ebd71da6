namespace ProcurementBaseline.Sbom.Json;

internal static class CycloneDxLimits
{
    /// <summary>How deep components may nest in components. Real BOMs nest a handful of levels; past this the file is not read on.</summary>
    public const int MaxNesting = 256;

    /// <summary>The JSON reader's depth limit: above the nesting limit's (two JSON levels per component), so that limit is the one met.</summary>
    public const int MaxJsonDepth = 4 * MaxNesting + 64;
}
