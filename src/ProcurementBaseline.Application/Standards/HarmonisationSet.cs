using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Application.Standards;

/// <summary>The standards loaded for assessing and mapping, with the mapping graph built over them.</summary>
public sealed record HarmonisationSet(StandardsSet Standards, MappingGraph Graph)
{
    /// <summary>Loads the standards folder <paramref name="standardsOption"/> names (or the one found from <paramref name="workingDirectory"/>).</summary>
    public static HarmonisationSet Load(string? standardsOption, string workingDirectory)
    {
        var set = new StandardsLoader(workingDirectory).Load([StandardsFiles.Locate(standardsOption, workingDirectory)]);
        return For(set);
    }

    /// <summary>The mapping graph over standards already loaded.</summary>
    public static HarmonisationSet For(StandardsSet set) => new(set, MappingGraph.Build(set.Catalogs, set.Crosswalks));
}
