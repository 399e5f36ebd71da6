using System.CommandLine;
using System.Globalization;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary><c>procbase map check</c>: every crosswalk problem and every inconsistency among the crosswalks, in one run.</summary>
public static class MapCheckCommand
{
    public static Command Create(CliContext cli)
    {
        var standards = CommonOptions.Standards();
        var format = CommonOptions.Format();
        var command = new Command("check", "Check the crosswalks against the catalogs and against each other (equal-to chains within a catalog, mutual subsets, subset cycles, mappings left dangling by a new catalog version).")
        {
            standards, format,
        };
        command.SetAction(parse =>
        {
            var loaded = HarmonisationSet.Load(parse.GetValue(standards), cli.WorkingDirectory);
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(loaded.Standards.Diagnostics);
            MappingConsistency.Check(loaded.Graph, diagnostics);
            var all = diagnostics.ToImmutableSorted();
            var mappings = loaded.Standards.Crosswalks.Sum(c => c.Mappings.Length);
            var review = ReviewCoverage.Build(loaded.Standards.Crosswalks, loaded.Standards.Baselines.Where(b => b.Baseline.Jurisdiction != Catalogs.Jurisdiction.Quad));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                cli.Out.Write(CliJson.Serialize(new MapCheckJson(
                    loaded.Standards.Crosswalks.Length, mappings, loaded.Graph.EdgeCount,
                    all.Count(d => d.IsError), all.Count(d => d.Severity == DiagnosticSeverity.Warning), [.. all.Select(DiagnosticJson.From)])
                {
                    Review = [.. review.Select(r => new ReviewCoverageJson(r.Crosswalk?.Name, r.Baseline.Baseline.Id, r.Required, r.Mapped, r.NoRelationship, r.NotReviewed))],
                }));
            }
            else
            {
                DiagnosticPrinter.Print(all, cli.Out);
                var table = new TextTable("BASELINE", "CROSSWALK", "REQUIRED", "MAPPED", "NO-RELATIONSHIP", "NOT REVIEWED");
                foreach (var r in review)
                {
                    table.Add(r.Baseline.Baseline.Id, r.Crosswalk?.Name ?? "(all crosswalks)", r.Required.ToString(CultureInfo.InvariantCulture), r.Mapped.ToString(CultureInfo.InvariantCulture),
                        r.NoRelationship.ToString(CultureInfo.InvariantCulture), r.NotReviewed.IsEmpty ? "0" : $"{r.NotReviewed.Length}: {Shorten(r.NotReviewed)}");
                }

                cli.Out.WriteLine("Review coverage: each national baseline's required controls in each crosswalk's target catalog, then over all crosswalks (quad-common is derived, so left out):");
                table.WriteTo(cli.Out);
                cli.Out.WriteLine(
                    $"Checked {DiagnosticPrinter.Plural(loaded.Standards.Crosswalks.Length, "crosswalk")} ({DiagnosticPrinter.Plural(mappings, "mapping")}, " +
                    $"{DiagnosticPrinter.Plural(loaded.Graph.EdgeCount, "directed edge")} with converses): {DiagnosticPrinter.Summary(all)}.");
            }

            return all.Any(d => d.IsError) ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    private static string Shorten(IReadOnlyList<string> keys)
    {
        var ids = keys.Select(k => k[(k.IndexOf('#', StringComparison.Ordinal) + 1)..]).ToList();
        return ids.Count <= 6 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(6))} and {ids.Count - 6} more (--format json lists all)";
    }
}
