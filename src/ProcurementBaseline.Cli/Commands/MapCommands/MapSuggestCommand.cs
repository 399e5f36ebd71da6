using ProcurementBaseline.Harmonisation;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Harmonisation.Suggestions;
using ProcurementBaseline.Yaml.Crosswalks;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary><c>procbase map suggest SOURCE TARGET</c>: ranked candidate mappings for standards bodies to review.</summary>
public static class MapSuggestCommand
{
    public static Command Create(CliContext cli)
    {
        var source = new Argument<string>("source") { Description = "The catalog to map from (id@version, or id for the latest)." };
        var target = new Argument<string>("target") { Description = "The catalog to map to." };
        var top = CommonOptions.Count("--top", "-k", "Candidates per source control.", 5, 1);
        var output = new Option<string?>("--out", "-o") { Description = "Write the suggestions as a draft crosswalk (status draft, provenance suggested, method automation) to this file." };
        var evaluate = new Option<bool>("--evaluate") { Description = "Measure the suggestions against the shipped crosswalks between the two catalogs: recall@k and precision@1." };
        var date = CommonOptions.Date("--date", "Date recorded on the draft mappings (YYYY-MM-DD). Default: today.");
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("suggest", "Rank candidate target controls for each source control by text similarity (BM25 over stemmed terms) and propose a relationship.")
        {
            source, target, top, output, evaluate, date, standards, format,
        };
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            if (LoadProblems.Report(loaded, cli))
            {
                return ExitCodes.InputErrors;
            }

            var from = loaded.Standards.Catalogs.Resolve(parse.GetValue(source)!);
            var to = loaded.Standards.Catalogs.Resolve(parse.GetValue(target)!);
            if (from is null || to is null)
            {
                cli.Error.WriteLine($"error: no catalog '{(from is null ? parse.GetValue(source) : parse.GetValue(target))}' is loaded; see 'procbase catalog list'.");
                return ExitCodes.InputErrors;
            }

            var k = Math.Max(1, parse.GetValue(top));
            var suggestions = new MappingSuggester(to, new EnglishTermAnalyzer()).Suggest(from, k, loaded.Graph);
            var json = parse.GetValue(format) == OutputFormat.Json;
            var quality = parse.GetValue(evaluate) ? Evaluate(loaded, from.Ref, to.Ref, suggestions, k) : null;
            string? written = null;
            if (parse.GetValue(output) is { } file)
            {
                var crosswalk = SuggestionCrosswalk.Build(from.Ref, to.Ref, suggestions, parse.GetValue(date) ?? cli.Today);
                AtomicFileWriter.WriteText(Path.GetFullPath(file, cli.WorkingDirectory), CrosswalkYamlWriter.Write(crosswalk, null,
                    "Draft mappings suggested by procbase map suggest, for review. Each is provenance suggested and status draft: it counts for nothing until a person reviews it."));
                written = file;
                (json ? cli.Error : cli.Out).WriteLine($"Wrote {file}: {suggestions.Length:N0} suggested mappings for {from.Ref} → {to.Ref}.");
            }

            if (json)
            {
                cli.Out.Write(CliJson.Serialize(new SuggestionsJson(from.Ref.ToString(), to.Ref.ToString(), k, written,
                    written is null ? [.. suggestions.Select(Json(from, to))] : null,
                    quality is null ? null : new SuggestionQualityJson(quality.Pairs, quality.Sources, quality.RecallAtK, quality.PrecisionAt1))));
                return ExitCodes.Success;
            }

            if (written is null)
            {
                WriteText(cli.Out, suggestions);
            }

            if (quality is not null)
            {
                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Against the shipped crosswalks ({quality.Pairs:N0} mapped pairs from {quality.Sources:N0} source controls): recall@{k} {quality.RecallAtK:0.000}, precision@1 {quality.PrecisionAt1:0.000}."));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static SuggestionQuality Evaluate(HarmonisationSet loaded, CatalogRef from, CatalogRef to, ImmutableArray<MappingSuggestion> suggestions, int k)
    {
        return SuggestionQuality.Measure(suggestions, SuggestionQuality.Gold(loaded.Graph, from, to), k);
    }

    private static Func<MappingSuggestion, SuggestionJson> Json(Catalog from, Catalog to) => s => new SuggestionJson(
        s.Source.ToString(), from.Find(s.Source.ControlId)?.Control.Title.Default, s.Rank, s.Target.ToString(), to.Find(s.Target.ControlId)?.Control.Title.Default,
        Math.Round(s.Score, 4), MappingText.Relationship(s.Relationship), s.Strength,
        s.Reviewed is { } m ? new ExistingMappingJson(MappingText.Relationship(m.Relationship), CrosswalkWords.Provenances.Word(m.Provenance)) : null);

    private static void WriteText(TextWriter w, IEnumerable<MappingSuggestion> suggestions)
    {
        foreach (var group in suggestions.GroupBy(s => s.Source))
        {
            w.WriteLine(group.Key.ToString());
            foreach (var s in group)
            {
                var reviewed = s.Reviewed is { } m ? $"  [already mapped: {MappingText.Relationship(m.Relationship)}, {CrosswalkWords.Provenances.Word(m.Provenance)}]" : "";
                w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {s.Rank}. {s.Target.ControlId,-14} score {s.Score,6:0.00}  {MappingText.Relationship(s.Relationship)} (strength {s.Strength}){reviewed}"));
            }
        }
    }
}
