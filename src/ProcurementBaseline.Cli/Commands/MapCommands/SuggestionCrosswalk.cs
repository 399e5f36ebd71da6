using System.Collections.Immutable;
using System.Globalization;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary>Suggestions as a draft crosswalk for review, with the pairs that already have a reviewed mapping marked.</summary>
public static class SuggestionCrosswalk
{
    public static Crosswalk Build(CatalogRef source, CatalogRef target, ImmutableArray<MappingSuggestion> suggestions, DateOnly date) => new()
    {
        Source = source,
        Target = target,
        Title = $"Suggested mappings from {source} to {target} (draft, for review)",
        Description = "Ranked by BM25 over stemmed control texts; the relationship is proposed from how much of each text the other contains. Review each before use.",
        Mappings = [.. suggestions.Select(s => new Mapping
        {
            Sources = [s.Source.ControlId],
            Targets = [s.Target.ControlId],
            Relationship = s.Relationship,
            Rationale = RationaleType.Syntactic,
            Strength = s.Strength,
            Provenance = Provenance.Suggested,
            Method = MappingMethod.Automation,
            Author = "procbase map suggest",
            Date = date,
            Status = MappingStatus.Draft,
            Remarks = Remark(s),
        })],
    };

    private static string Remark(MappingSuggestion s)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Rank {s.Rank}, BM25 {s.Score:0.00}; {s.SourceContainment:P0} of the source's term weight is in the target, {s.TargetContainment:P0} of the target's in the source.");
        return s.Reviewed is { } m
            ? $"{text} Already mapped: {CrosswalkWords.Relationships.Word(m.Relationship)}, {CrosswalkWords.Provenances.Word(m.Provenance)}{(m.Origin is { } at ? $" at {at}" : "")}."
            : text;
    }
}
