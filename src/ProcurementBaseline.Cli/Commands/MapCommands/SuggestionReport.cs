using ProcurementBaseline.Text;
using ProcurementBaseline.Cli.Output;
using System.Collections.Immutable;
using System.Globalization;
using ProcurementBaseline.Application.Suggestions;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Harmonisation.Suggestions;
using ProcurementBaseline.Reports.Escaping;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary><c>map suggest</c> and <c>map evaluate</c> as text, Markdown and JSON; text from catalogs is escaped for where it goes.</summary>
internal static class SuggestionReport
{
    public static void Write(TextWriter w, SuggestionRun run, bool markdown)
    {
        string E(string? text) => markdown ? MarkdownText.Escape(text) : VisibleText.Escape(text ?? "");
        var source = run.Space.Source;
        var target = run.Space.Target;
        var how = $"{(run.Space.Model is { } model ? $"BM25 fused with {model}" : "BM25 alone")}; level {Word(run.Level)}{(run.LevelInferred ? " (the level reviewed mappings into the target use)" : "")}; weights {SuggestionOptions.Describe(run.Parameters)}, learned from {run.CalibrationCrosswalks} reviewed crosswalks.";
        w.WriteLine(markdown ? $"# Suggested mappings: {source.Ref} → {target.Ref}\n\n{E(how)}\n" : $"{source.Ref} → {target.Ref}: {how}");
        foreach (var group in run.Suggestions.GroupBy(s => s.Source))
        {
            var title = source.Find(group.Key.ControlId)?.Control.Title.Default;
            if (markdown)
            {
                w.WriteLine($"\n## {E(group.Key.ControlId)}: {E(title)}\n");
                w.WriteLine("| # | Target | Score (BM25 · cosine · prior) | Relationship | Why |");
                w.WriteLine("|---|---|---|---|---|");
            }
            else
            {
                w.WriteLine($"\n{E(group.Key.ControlId)}  {E(title)}");
            }

            foreach (var s in group)
            {
                var targetTitle = target.Find(s.Target.ControlId)?.Control.Title.Default;
                var parts = string.Create(CultureInfo.InvariantCulture, $"{s.Score:0.000} ({s.Lexical:0.00} · {(double.IsNaN(s.Semantic) ? "–" : s.Semantic.ToString("0.000", CultureInfo.InvariantCulture))} · {s.Prior:0.00})");
                var relationship = $"{MappingText.Relationship(s.Relationship)}, {s.Confidence} confidence (strength {s.Strength})";
                var reviewed = s.Reviewed is { } m ? $"already mapped: {MappingText.Relationship(m.Relationship)}, {CrosswalkWords.Provenances.Word(m.Provenance)}" : null;
                var words = s.MatchedTerms.IsEmpty ? null : $"shared: {string.Join(", ", s.MatchedTerms)}";
                if (markdown)
                {
                    var why = string.Join("<br>", new[] { reviewed is null ? null : $"**{reviewed}**", words, s.NearestSentence is { } n ? $"“{n}”" : null }.OfType<string>().Select(E));
                    w.WriteLine($"| {s.Rank} | {E(s.Target.ControlId)}: {E(targetTitle)} | {parts} | {E(relationship)} | {why} |");
                }
                else
                {
                    w.WriteLine($"  {s.Rank}. {E(s.Target.ControlId),-12} {E(targetTitle)}");
                    w.WriteLine($"     score {parts}  {relationship}{(reviewed is null ? "" : $"  [{reviewed}]")}");
                    if (words is not null)
                    {
                        w.WriteLine($"     {E(words)}");
                    }

                    if (s.NearestSentence is { } sentence)
                    {
                        w.WriteLine($"     nearest: \"{E(sentence)}\"");
                    }
                }
            }
        }

        if (!run.Space.Skipped.IsEmpty)
        {
            var skipped = $"Skipped {run.Space.Skipped.Length} source controls whose text was not retrieved: {string.Join(", ", run.Space.Skipped.Select(c => c.Id))}.";
            w.WriteLine(markdown ? $"\n{E(skipped)}" : $"\n{E(skipped)}");
        }

    }

    public static void WriteEvaluation(TextWriter w, IEnumerable<(string Ranking, ImmutableArray<PairEvaluation> Pairs)> rankings, bool markdown)
    {
        foreach (var (ranking, pairs) in rankings)
        {
            if (markdown)
            {
                w.WriteLine($"\n## {MarkdownText.Escape(ranking)}\n");
                w.WriteLine("| Pair | Level | Pairs | Sample | Recall@1 | Recall@5 | Recall@10 | Precision@1 | MRR | Weights |");
                w.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            }
            else
            {
                w.WriteLine($"\n{ranking}: recall@1, @5, @10, precision@1 and MRR, each with its 95% bootstrap interval");
            }

            foreach (var p in pairs)
            {
                foreach (var (sample, quality, weights) in new[] { ("in sample", p.InSampleQuality, p.InSample), ("leave-one-out", p.OutOfSampleQuality, p.OutOfSample) })
                {
                    var figures = new[] { quality.RecallAt1, quality.RecallAt5, quality.RecallAt10, quality.PrecisionAt1, quality.MeanReciprocalRank }.Select(Figure).ToList();
                    if (markdown)
                    {
                        w.WriteLine($"| {MarkdownText.Escape(p.Name)} | {Word(p.Level)} | {quality.Pairs} | {sample} | {string.Join(" | ", figures)} | {MarkdownText.Escape(SuggestionOptions.Describe(weights))} |");
                    }
                    else
                    {
                        w.WriteLine($"  {p.Name} ({quality.Pairs} pairs from {quality.Sources} controls, level {Word(p.Level)}), {sample}: {string.Join("  ", figures)}  [{SuggestionOptions.Describe(weights)}]");
                    }
                }
            }
        }
    }

    public static SuggestionsJson Json(SuggestionRun run, SuggestionEngine engine, string? written, ImmutableArray<PairEvaluation>? evaluation)
    {
        var source = run.Space.Source;
        var target = run.Space.Target;
        var p = run.Parameters;
        return new SuggestionsJson(source.Ref.ToString(), target.Ref.ToString(), run.Suggestions.GroupBy(s => s.Source).Select(g => g.Count()).DefaultIfEmpty(0).Max(),
            Word(run.Level), run.Space.Model, engine.SemanticOff,
            new RankingJson(p.PriorExponent, p.ChildWeight, p.SemanticWeight, p.Fusion == FusionMethod.Linear ? "linear" : "reciprocal-rank", run.CalibrationCrosswalks),
            written,
            written is null ? [.. run.Suggestions.Select(s => new SuggestionJson(
                s.Source.ToString(), source.Find(s.Source.ControlId)?.Control.Title.Default, s.Rank, s.Target.ToString(), target.Find(s.Target.ControlId)?.Control.Title.Default,
                Math.Round(s.Score, 4),
                new ScorePartsJson(Math.Round(s.Lexical, 4), double.IsNaN(s.Semantic) ? null : Math.Round(s.Semantic, 4), Math.Round(s.Prior, 4), Math.Round(s.SourceContainment, 4), Math.Round(s.TargetContainment, 4)),
                MappingText.Relationship(s.Relationship), s.Strength, s.Confidence, s.MatchedTerms, s.NearestSentence,
                s.Reviewed is { } m ? new ExistingMappingJson(MappingText.Relationship(m.Relationship), CrosswalkWords.Provenances.Word(m.Provenance)) : null))] : null,
            [.. run.Space.Skipped.Select(c => new SkippedControlJson(c.Id, "its text was not retrieved"))],
            evaluation is { } e ? [.. e.Select(EvaluationJson)] : null);
    }

    public static PairEvaluationJson EvaluationJson(PairEvaluation p) =>
        new(p.Name, Word(p.Level), SuggestionOptions.Describe(p.InSample), Quality(p.InSampleQuality), Quality(p.OutOfSampleQuality), SuggestionOptions.Describe(p.OutOfSample));

    private static PairQualityJson Quality(SuggestionQuality q) =>
        new(q.Pairs, q.Sources, Estimate(q.RecallAt1), Estimate(q.RecallAt5), Estimate(q.RecallAt10), Estimate(q.PrecisionAt1), Estimate(q.MeanReciprocalRank));

    private static EstimateJson Estimate(Estimate e) => new(Math.Round(e.Value, 4), Math.Round(e.Low, 4), Math.Round(e.High, 4));

    private static string Figure(Estimate e) => string.Create(CultureInfo.InvariantCulture, $"{e.Value:0.000} [{e.Low:0.00}, {e.High:0.00}]");

    private static string Word(ControlLevel level) => level.ToString().ToLowerInvariant();
}
