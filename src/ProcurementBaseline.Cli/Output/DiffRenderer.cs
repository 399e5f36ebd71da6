using System.Globalization;
using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Versions;

namespace ProcurementBaseline.Cli.Output;

/// <summary>Writes a catalog diff as text, as a Markdown changelog grouped by kind of change, or as JSON.</summary>
public static class DiffRenderer
{
    private static readonly (ChangeKind Kind, string Heading)[] Sections =
    [
        (ChangeKind.Added, "Added"),
        (ChangeKind.Removed, "Removed"),
        (ChangeKind.Withdrawn, "Withdrawn"),
        (ChangeKind.Renamed, "Renamed or moved"),
        (ChangeKind.Changed, "Changed"),
    ];

    public static string Summary(CatalogDiff diff) => string.Create(CultureInfo.InvariantCulture,
        $"{diff.Old} → {diff.New}: {diff.Count(ChangeKind.Added)} added, {diff.Count(ChangeKind.Removed)} removed, {diff.Count(ChangeKind.Withdrawn)} withdrawn, " +
        $"{diff.Count(ChangeKind.Renamed)} renamed or moved, {diff.Count(ChangeKind.Changed)} changed, {diff.Count(ChangeKind.Unchanged)} unchanged.");

    public static string Text(CatalogDiff diff)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        w.WriteLine(Summary(diff));
        foreach (var (kind, heading) in Sections)
        {
            var changes = diff.Of(kind).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            w.WriteLine();
            w.WriteLine($"{heading} ({changes.Count}):");
            foreach (var change in changes)
            {
                w.WriteLine($"  {Headline(change)}");
                foreach (var field in change.Fields)
                {
                    w.WriteLine($"      {field.Field}: {FieldText(field)}");
                }
            }
        }

        return w.ToString();
    }

    /// <summary>A changelog a standards body can publish: one section per kind of change, word diffs inline.</summary>
    public static string Markdown(CatalogDiff diff, string title)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        w.WriteLine($"# {title}");
        w.WriteLine();
        w.WriteLine(Summary(diff));
        foreach (var (kind, heading) in Sections)
        {
            var changes = diff.Of(kind).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            w.WriteLine();
            w.WriteLine($"## {heading} ({changes.Count})");
            w.WriteLine();
            foreach (var change in changes)
            {
                w.WriteLine($"- **{Escape(Headline(change))}**");
                if (kind == ChangeKind.Added && change.New?.Statement is { } statement)
                {
                    w.WriteLine($"  - statement: {Escape(statement.Default)}");
                }

                foreach (var field in change.Fields)
                {
                    w.WriteLine($"  - {field.Field}: {Escape(FieldText(field), markdownDiff: true)}");
                }
            }
        }

        return w.ToString();
    }

    public static string Json(CatalogDiff diff) => CliJson.Serialize(new CatalogDiffJson(
        diff.Old.ToString(),
        diff.New.ToString(),
        Sections.Select(s => s.Kind).Append(ChangeKind.Unchanged).ToDictionary(k => Word(k), k => diff.Count(k)),
        [.. diff.Changes.Where(c => c.Kind != ChangeKind.Unchanged).Select(c => new ControlChangeJson(
            Word(c.Kind), c.OldId, c.NewId, c.New?.Title.Default ?? c.Old?.Title.Default, c.Similarity is { } s ? Math.Round(s, 3) : null, c.Explicit ? true : null,
            c.Successors.IsDefaultOrEmpty ? null : [.. c.Successors.Select(x => x.ControlId)],
            [.. c.Fields.Select(f => new FieldChangeJson(f.Field, f.OldValue, f.NewValue, f.Diff?.ToString()))]))]));

    public static string Word(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static string Headline(ControlChange change) => change.Kind switch
    {
        ChangeKind.Renamed => string.Create(CultureInfo.InvariantCulture,
            $"{change.OldId} → {change.NewId} ({(change.Explicit ? "moved-to in the new version" : $"same text, similarity {change.Similarity:0.00}")}): {change.New?.Title.Default}"),
        ChangeKind.Withdrawn => $"{change.Id}: {(change.Old ?? change.New)?.Title.Default}{(change.Old is null ? " (a placeholder for an id the old version did not have)" : "")}" +
            $"{(change.Successors.IsDefaultOrEmpty ? "" : $" (successor: {string.Join(", ", change.Successors.Select(s => s.ControlId))})")}",
        _ => $"{change.Id}: {(change.New ?? change.Old)?.Title.Default}",
    };

    private static string FieldText(FieldChange field) =>
        field.Diff?.ToString() ?? $"'{field.OldValue}' → '{field.NewValue}'";

    private static string Escape(string text, bool markdownDiff = false)
    {
        var escaped = text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        return markdownDiff
            ? escaped.Replace("{+", "<ins>", StringComparison.Ordinal).Replace("+}", "</ins>", StringComparison.Ordinal)
                .Replace("[-", "<del>", StringComparison.Ordinal).Replace("-]", "</del>", StringComparison.Ordinal)
            : escaped;
    }
}
