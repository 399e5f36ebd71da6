using System.Globalization;
using ProcurementBaseline.Application.Suggestions;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary>
/// Suggestions as a draft crosswalk for review: every mapping provenance suggested and status draft, never reviewed;
/// the pairs that already have a reviewed mapping are said to be in its remarks, with the score's parts and why.
/// </summary>
public static class SuggestionCrosswalk
{
    public const string Header = "Draft mappings suggested by procbase map suggest, for review. Each is provenance suggested and status draft: it counts for nothing until a person reviews it.";

    public static Crosswalk Build(SuggestionRun run, DateOnly date) => new()
    {
        Source = run.Space.Source.Ref,
        Target = run.Space.Target.Ref,
        Title = $"Suggested mappings from {run.Space.Source.Ref} to {run.Space.Target.Ref} (draft, for review)",
        Description = $"Ranked by BM25 over stemmed control texts{(run.Space.Model is { } model ? $", fused with sentence embeddings ({model})" : "")}, at level {run.Level.ToString().ToLowerInvariant()}, with weights {SuggestionOptions.Describe(run.Parameters)} learned from {run.CalibrationCrosswalks} reviewed crosswalks; the relationship is proposed from how much of each text the other contains. Review each before use.",
        Mappings = [.. run.Suggestions.Select(s => new Mapping
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
        var cosine = double.IsNaN(s.Semantic) ? "" : string.Create(CultureInfo.InvariantCulture, $", cosine {s.Semantic:0.000}");
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Rank {s.Rank}, score {s.Score:0.000} (BM25 {s.Lexical:0.00}{cosine}, group prior {s.Prior:0.00}), {s.Confidence} confidence; {s.SourceContainment:P0} of the source's term weight is in the target, {s.TargetContainment:P0} of the target's in the source.");
        if (!s.MatchedTerms.IsEmpty)
        {
            text += $" Shared words: {string.Join(", ", s.MatchedTerms)}.";
        }

        if (s.NearestSentence is { } sentence)
        {
            text += $" Nearest sentence: \"{sentence}\"";
        }

        return s.Reviewed is { } m
            ? $"{text} Already mapped: {CrosswalkWords.Relationships.Word(m.Relationship)}, {CrosswalkWords.Provenances.Word(m.Provenance)}{(m.Origin is { } at ? $" at {at}" : "")}."
            : text;
    }
}
