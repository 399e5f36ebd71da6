using System.Globalization;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Output;

/// <summary>The text form of <c>catalog show</c>: a catalog's facts and outline, or one control in full.</summary>
public static class CatalogTextRenderer
{
    public static void WriteCatalog(Catalog catalog, TextWriter w)
    {
        var summary = CatalogFacts.Summary(catalog);
        WriteText(w, "Catalog", catalog.Ref.ToString());
        WriteText(w, "Title", catalog.Title);
        w.WriteLine($"Publisher:     {catalog.Publisher} ({CatalogWords.Jurisdictions.Word(catalog.Jurisdiction)})");
        w.WriteLine($"Released:      {catalog.Released?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date not given"}, {CatalogWords.Statuses.Word(catalog.Status)}");
        w.WriteLine($"Fidelity:      {CatalogFacts.FidelityBreakdown(summary)}");
        w.WriteLine($"Controls:      {summary.Controls.ToString("N0", CultureInfo.InvariantCulture)} ({CatalogFacts.ClassBreakdown(summary)}), {summary.ActiveControls.ToString("N0", CultureInfo.InvariantCulture)} active");
        WriteText(w, "Completeness", catalog.Source.Completeness);
        WriteText(w, "Source", catalog.Source.Url);
        WriteText(w, "Licence", catalog.Source.Licence);
        WriteText(w, "Attribution", catalog.Source.Attribution);
        WriteText(w, "Obtained", catalog.Source.Obtained);
        foreach (var document in catalog.Source.Documents)
        {
            WriteText(w, "Document", string.Join(", ", new[] { document.Title, document.Version, document.Date, document.Url }.Where(p => p is not null)));
        }

        w.WriteLine();
        w.WriteLine("Groups:");
        foreach (var group in catalog.Groups)
        {
            WriteGroup(w, group, depth: 1);
        }
    }

    public static void WriteControl(Catalog catalog, IndexedControl indexed, TextWriter w)
    {
        var c = indexed.Control;
        WriteText(w, "Control", $"{c.Id} ({catalog.Ref})");
        WriteText(w, "Title", c.Title);
        WriteText(w, "Class", c.Class);
        WriteText(w, "Groups", string.Join(" > ", indexed.Groups.Select(g => g.Title.Default)));
        WriteText(w, "Parent", indexed.Parent?.Id);
        var fidelity = CatalogWords.Fidelities.Word(CatalogFacts.EffectiveFidelity(catalog, c));
        WriteText(w, "Fidelity", c.Fidelity is null ? $"{fidelity} (as the catalog)" : fidelity);
        WriteText(w, "Completeness", c.Completeness);
        if (c.Locator is { } locator)
        {
            var where = string.Join(", ", new[] { locator.Document, locator.Section, locator.Page, locator.Url }.Where(p => p is not null));
            WriteText(w, "Source", locator.AssignedId ? $"{where} (id assigned by ProcurementBaseline; the source numbers none)" : where);
        }

        if (c.Status == ControlStatus.Withdrawn)
        {
            var successors = c.Successors.Select(s => $"{CatalogWords.SuccessorKinds.Word(s.Kind)} {s.ControlId}");
            WriteText(w, "Status", string.Join("; ", successors.Prepend("withdrawn")));
        }

        foreach (var (dimension, values) in c.Applicability)
        {
            WriteText(w, $"Applies ({dimension})", string.Join(", ", values));
        }

        WriteText(w, "Tags", c.Tags.Length == 0 ? null : string.Join(", ", c.Tags));
        foreach (var (name, value) in c.Properties)
        {
            WriteText(w, name, value);
        }

        WriteBlock(w, "Statement", c.Statement);
        WriteBlock(w, "Guidance", c.Guidance);
        for (var i = 0; i < c.Examples.Length; i++)
        {
            WriteBlock(w, $"Example {i + 1}", c.Examples[i]);
        }

        WriteText(w, "Related", c.Related.Length == 0 ? null : string.Join(", ", c.Related));
        foreach (var reference in c.References)
        {
            WriteText(w, "Reference", $"{reference.Scheme}: {reference.Text ?? reference.Title ?? reference.Href}{(reference.Catalog is null ? string.Empty : $" → {reference.Catalog}")}");
        }

        WriteText(w, "Children", c.Controls.Length == 0 ? null : string.Join(", ", c.Controls.Select(x => x.Id)));
    }

    private static void WriteGroup(TextWriter w, ControlGroup group, int depth)
    {
        var count = CatalogFacts.CountControls(group);
        w.WriteLine($"{new string(' ', depth * 2)}{group.Id}  {group.Title.Default} ({DiagnosticPrinter.Plural(count, "control")})");
        if (depth < 2)
        {
            foreach (var child in group.Groups)
            {
                WriteGroup(w, child, depth + 1);
            }
        }
    }

    private static void WriteText(TextWriter w, string label, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var (language, value) in text.Translations)
        {
            WriteText(w, text.IsMultilingual ? $"{label} ({language})" : label, value);
        }
    }

    private static void WriteText(TextWriter w, string label, string? value)
    {
        if (value is not null)
        {
            var head = label + ":";
            w.WriteLine(head.Length >= 15 ? $"{head} {value}" : $"{head.PadRight(15)}{value}");
        }
    }

    private static void WriteBlock(TextWriter w, string label, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var (language, value) in text.Translations)
        {
            w.WriteLine();
            w.WriteLine(text.IsMultilingual ? $"{label} ({language}):" : $"{label}:");
            foreach (var line in value.Split('\n'))
            {
                w.WriteLine($"  {line}");
            }
        }
    }
}
