using ProcurementBaseline.Cli.Output.Json;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Output;

/// <summary><c>baseline show</c> for people.</summary>
internal static class BaselineText
{
    public static void Write(TextWriter w, BaselineDetailJson detail)
    {
        var b = detail.Baseline;
        w.WriteLine($"{b.Id} {b.Version} ({b.Jurisdiction}): {VisibleText.Escape(b.Title)}");
        w.WriteLine($"Owner: {VisibleText.Escape(b.Owner)}");
        if (detail.Description is { } description)
        {
            w.WriteLine(VisibleText.Escape(description));
        }

        w.WriteLine();
        w.WriteLine($"Requires {BaselineFacts.Count(b.Controls)} controls: {BaselineFacts.Count(b.Must)} must, {BaselineFacts.Count(b.Should)} should.");
        var table = new TextTable("CATALOG", "MUST", "SHOULD");
        foreach (var c in detail.PerCatalog)
        {
            table.Add(c.Catalog, BaselineFacts.Count(c.Must), BaselineFacts.Count(c.Should));
        }

        table.WriteTo(w);
        w.WriteLine();
        w.WriteLine("Selected by:");
        for (var i = 0; i < detail.Select.Count; i++)
        {
            var s = detail.Select[i];
            w.WriteLine($"  {i + 1}. {s.Catalog}, {s.Priority}: {VisibleText.Escape(Filters(s))} ({BaselineFacts.Count(s.Added)} controls)");
        }

        var p = detail.Policy;
        w.WriteLine();
        w.WriteLine("Accepts:");
        w.WriteLine($"  not applicable: {(!p.NotApplicable ? "never" : p.NotApplicableOnlyFor is { } only ? $"only for {string.Join(", ", only)}" : "for any control, with a justification")}");
        w.WriteLine($"  plans of action: the last milestone due at most {p.PoamMaxDays} days after the as-of date, none overdue");
        w.WriteLine($"  evidence: {(p.EvidenceMaxAgeDays is { } age ? $"issued at most {age} days before the as-of date, and not expired" : "any age, if not expired")}");
        var m = p.MappedCoverage;
        w.WriteLine(m.Allowed
            ? $"  coverage through mappings: {Words(m.Provenance!)} mappings of strength {m.MinStrength} or more, paths of at most {m.MaxHops} mappings{(m.IncludeDrafts == true ? ", drafts included" : "")}"
            : "  coverage through mappings: none; only direct claims count");
        if (p.SignedSubmission)
        {
            w.WriteLine("  submissions: only a signed bundle verified against a key or root the assessor trusts (assess --key, --trust)");
        }
        if (detail.Controls is { } controls)
        {
            w.WriteLine();
            var list = new TextTable("CONTROL", "PRIORITY", "GROUP", "TITLE");
            foreach (var c in controls)
            {
                list.Add(c.Control, c.Priority, c.Group, c.Title);
            }

            list.WriteTo(w);
        }
    }

    private static string Words(IReadOnlyList<string> words) => words.Count <= 1 ? string.Concat(words) : $"{string.Join(", ", words.Take(words.Count - 1))} and {words[^1]}";

    private static string Filters(SelectorJson s)
    {
        var parts = new List<string>();
        if (s.Selection is { } selection)
        {
            parts.Add($"selection {selection}");
        }

        Add(parts, "groups", s.Groups);
        Add(parts, "classes", s.Classes);
        Add(parts, "tags", s.Tags);
        foreach (var (dimension, values) in s.Applicability ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            parts.Add($"{dimension} {string.Join(" or ", values)}");
        }

        if (s.Controls is { } ids)
        {
            parts.Add(ids.Count <= 6 ? $"controls {string.Join(", ", ids)}" : $"{ids.Count} listed controls ({string.Join(", ", ids.Take(4))}…)");
        }

        return parts.Count == 0 ? "every active control" : string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            parts.Add($"{name} {string.Join(", ", values)}");
        }
    }
}
