using System.Globalization;
using System.Text;
using ProcurementBaseline.Reports.Escaping;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Application.Sboms;

/// <summary><c>sbom check</c> as text or Markdown: per profile a table of fields with their shares and first offenders; text from the SBOM escaped for each.</summary>
public static class SbomCheckReport
{
    public static string Text(SbomCheck check) => Render(check, markdown: false);

    public static string Markdown(SbomCheck check) => Render(check, markdown: true);

    private static string Render(SbomCheck check, bool markdown)
    {
        string E(string? text) => markdown ? MarkdownText.Escape(text) : VisibleText.Escape(text ?? "");
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.Append(inv, $"{(markdown ? "# SBOM check: " : "SBOM ")}{E(check.File)}\n\n");
        if (check.Metadata is not { } metadata)
        {
            s.Append("Not read: see the diagnostics.\n");
            return s.ToString();
        }

        s.Append(inv, $"{metadata.Format.Name()} {E(metadata.SpecVersion)}, {check.Components} components, subject {(metadata.SubjectName is { } subject ? E($"{subject} {metadata.SubjectVersion}".TrimEnd()) : "(none)")}; sha256 {check.Sha256}; schema {(check.SchemaChecked ? "checked" : $"not checked ({check.SchemaNotChecked})")}.\n");
        foreach (var result in check.Profiles)
        {
            var missing = result.MissingRequired().Count();
            s.Append(inv, $"\n{(markdown ? "## " : "")}{E(result.Profile.Title)} ({result.Profile.Key}): score {result.Score:0.0}%, {(result.Complete ? "complete" : $"{missing} required field{(missing == 1 ? "" : "s")} incomplete")}\n\n");
            s.Append(markdown ? "| field | have | share | first without | read from |\n|---|---|---|---|---|\n" : "");
            foreach (var f in result.Fields)
            {
                var offenders = string.Join(", ", f.FirstOffenders.Select(E));
                var from = string.Join(", ", f.Field.SourcesFor(result.Format.Family()).Select((source, i) => $"{source} {f.BySource[i]}"));
                var mark = f.Complete ? "ok" : f.Field.Required ? "MISSING" : "partial";
                s.Append(markdown
                    ? string.Create(inv, $"| {E(f.Field.Title)}{(f.Field.Required ? "" : " (recommended)")} | {f.Have}/{f.Of} | {f.Share:P0} | {offenders} | {E(from)} |\n")
                    : string.Create(inv, $"  {mark,-8} {f.Field.Title,-28} {f.Have,7}/{f.Of,-7} {f.Share,5:P0}  {(f.Complete ? "" : f.Of == 0 ? "nothing to read it from" : "first without: " + offenders)}\n"));
                if (!markdown && !f.Complete && f.Field.Note is { } note)
                {
                    s.Append(inv, $"           {note}\n");
                }
            }
        }

        if (check.Vex.Matched.Length + check.Vex.Unmatched.Length > 0)
        {
            var open = check.Vex.Open.ToList();
            s.Append(inv, $"\n{(markdown ? "## " : "")}VEX: {check.Vex.Matched.Length} statements on its components, {open.Count} open (affected or under investigation with no response), {check.Vex.Unmatched.Length} on nothing in it\n");
            foreach (var statement in open)
            {
                s.Append(inv, $"{(markdown ? "- " : "  ")}{E(statement.Vulnerability)} {(statement.Status == Vex.VexStatus.Affected ? "affected" : "under investigation")}: {E(statement.Product)}\n");
            }
        }

        return s.ToString();
    }
}
