using System.Globalization;
using System.Text;
using CsvHelper;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Cli.Output;

/// <summary>Writes a <see cref="CoverageMatrix"/> as text, Markdown, CSV or JSON.</summary>
public static class MatrixRenderer
{
    private const int ShownGapIds = 40;

    public static string Text(CoverageMatrix matrix)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        foreach (var group in matrix.Rows.GroupBy(r => r.Control.Catalog))
        {
            w.WriteLine($"{group.Key}:");
            foreach (var row in group)
            {
                w.WriteLine($"  {row.Control.ControlId}  {row.Title}");
                foreach (var edge in row.Mappings)
                {
                    w.WriteLine($"      {MappingText.Edge(edge, withCatalog: true)}");
                }
            }

            w.WriteLine();
        }

        WriteGaps(w, matrix, bullet: "");
        return w.ToString();
    }

    public static string Markdown(CoverageMatrix matrix)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var source = matrix.Catalogs[0];
        var others = matrix.Catalogs.Skip(1).ToList();
        w.WriteLine($"| {source} control | {string.Join(" | ", others)} |");
        w.WriteLine($"|---|{string.Concat(others.Select(_ => "---|"))}");
        foreach (var row in matrix.Rows.Where(r => r.Control.Catalog == source))
        {
            var cells = others.Select(o => string.Join("<br>", row.Mappings.Where(e => e.To.Catalog == o).Select(e => Escape(MappingText.Edge(e)))));
            w.WriteLine($"| **{Escape(row.Control.ControlId)}** {Escape(row.Title)} | {string.Join(" | ", cells)} |");
        }

        w.WriteLine();
        w.WriteLine("**Gaps**");
        w.WriteLine();
        WriteGaps(w, matrix, bullet: "- ");
        return w.ToString();
    }

    public static string Csv(CoverageMatrix matrix)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }))
        {
            csv.WriteHeader(["source", "source_title", "relationship", "target", "strength", "provenance", "status", "converse", "crosswalk", "remarks"]);
            foreach (var row in matrix.Rows)
            {
                foreach (var edge in row.Mappings)
                {
                    csv.WriteRecord([
                        row.Control.ToString(), row.Title, MappingText.Relationship(edge.Relationship), edge.To.ToString(),
                        edge.Strength.ToString(CultureInfo.InvariantCulture), CrosswalkWords.Provenances.Word(edge.Mapping.Provenance),
                        CrosswalkWords.Statuses.Word(edge.Mapping.Status), edge.IsConverse ? "true" : "false", edge.Crosswalk.Name, edge.Mapping.Remarks ?? "",
                    ]);
                }
            }
        }

        return text.ToString();
    }

    public static string Json(CoverageMatrix matrix) => CliJson.Serialize(new MatrixJson(
        [.. matrix.Catalogs.Select(c => c.ToString())],
        [.. matrix.Rows.Select(r => new MatrixRowJson(r.Control.ToString(), r.Title, [.. r.Mappings.Select(MappingText.Json)]))],
        [.. matrix.Gaps.Select(g => new GapJson(g.Catalog.ToString(), g.Controls, g.Mapped, g.InScopeUnmapped, g.OutOfScope))]));

    private static void WriteGaps(StringWriter w, CoverageMatrix matrix, string bullet)
    {
        foreach (var gap in matrix.Gaps)
        {
            var shown = gap.InScopeUnmapped.Take(ShownGapIds).ToList();
            var more = gap.InScopeUnmapped.Length - shown.Count;
            var line = new StringBuilder($"{bullet}{gap.Catalog}: {gap.Mapped:N0} of {gap.Controls:N0} controls mapped");
            line.Append(CultureInfo.InvariantCulture, $"; unmapped in the groups the mappings touch ({gap.InScopeUnmapped.Length:N0}): ");
            line.Append(shown.Count == 0 ? "none" : string.Join(", ", shown) + (more > 0 ? $" and {more:N0} more (see --format json)" : ""));
            line.Append(CultureInfo.InvariantCulture, $"; {gap.OutOfScope:N0} more outside those groups.");
            w.WriteLine(line.ToString());
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
