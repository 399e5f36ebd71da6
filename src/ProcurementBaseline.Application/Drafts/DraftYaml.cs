using System.Collections.Immutable;
using System.Text;
using ProcurementBaseline.Yaml.Writing;

namespace ProcurementBaseline.Application.Drafts;

/// <summary>
/// Writes a draft as attestation YAML, every typed value double-quoted (so no text can add a key or end a scalar), and
/// notes which form field each line came from, so a diagnostic at a line is shown beside the field that caused it.
/// The same draft always gives the same bytes.
/// </summary>
public static class DraftYaml
{
    public const string FileName = "attestation.yaml";

    /// <summary>The YAML, and for each line (1-based; 0 unused) the form field it was written from.</summary>
    public sealed record Written(byte[] Bytes, ImmutableArray<string> Fields)
    {
        /// <summary>The field a line belongs to, or "" for lines of no field (the header's fixed lines).</summary>
        public string FieldAt(int line) => line > 0 && line < Fields.Length ? Fields[line] : "";
    }

    public static Written Write(DraftContent draft, string vendor, string? vendorId)
    {
        var yaml = new StringBuilder();
        var fields = new List<string> { "" };
        void Line(string field, string text)
        {
            yaml.Append(text).Append('\n');
            fields.Add(field);
        }

        Line("", "kind: attestation");
        Line("", "schema-version: \"1\"");
        Line("", "vendor:");
        Line("", $"  name: {Q(vendor)}");
        if (vendorId is not null)
        {
            Line("", $"  id: {Q(vendorId)}");
        }

        Line("product", "product:");
        Line("product", $"  name: {Q(draft.Product)}");
        Line("product-version", $"  version: {Q(draft.ProductVersion)}");
        Line("date", $"date: {Q(draft.Date)}");
        Line("signatory", "signatory:");
        Line("signatory", $"  name: {Q(draft.Signatory)}");
        if (draft.Role.Length > 0)
        {
            Line("role", $"  role: {Q(draft.Role)}");
        }

        Line("against", $"against: [{string.Join(", ", draft.Against.Select(Q))}]");
        Line("", "claims:");
        for (var i = 0; i < draft.Claims.Length; i++)
        {
            var claim = draft.Claims[i];
            if (!claim.IsAnswered)
            {
                continue;
            }

            var at = DraftFields.Claim(i);
            Line(at, $"  - control: {Q(claim.Control)}");
            Line(DraftFields.Of(at, "status"), $"    status: {Q(claim.Status)}");
            Optional(DraftFields.Of(at, "statement"), "    statement", claim.Statement);
            Optional(DraftFields.Of(at, "justification"), "    justification", claim.Justification);
            if (claim.Evidence.Any(Typed))
            {
                Line(at, "    evidence:");
                for (var e = 0; e < claim.Evidence.Length; e++)
                {
                    var item = claim.Evidence[e];
                    if (!Typed(item))
                    {
                        continue;
                    }

                    var field = DraftFields.Item(at, "evidence", e);
                    Line(DraftFields.Of(field, "title"), $"      - title: {Q(item.Title)}");
                    Optional(DraftFields.Of(field, "kind"), "        kind", item.Kind == "document" ? "" : item.Kind);
                    Optional(DraftFields.Of(field, "uri"), "        uri", item.Uri);
                    Optional(DraftFields.Of(field, "file"), "        path", item.Path);
                    Optional(DraftFields.Of(field, "file"), "        sha256", item.Sha256);
                    Optional(DraftFields.Of(field, "issued"), "        issued", item.Issued);
                    Optional(DraftFields.Of(field, "expires"), "        expires", item.Expires);
                }
            }

            var poam = claim.Poam.Select((m, index) => (m, index)).Where(p => p.m.Description.Length > 0 || p.m.Due.Length > 0).ToList();
            if (poam.Count > 0)
            {
                Line(at, "    poam:");
                foreach (var (milestone, index) in poam)
                {
                    var field = DraftFields.Item(at, "poam", index);
                    Line(DraftFields.Of(field, "description"), $"      - milestone: {Q(milestone.Description)}");
                    Line(DraftFields.Of(field, "due"), $"        due: {Q(milestone.Due)}");
                }
            }
        }

        return new Written(Encoding.UTF8.GetBytes(yaml.ToString()), [.. fields]);

        void Optional(string field, string key, string value)
        {
            if (value.Length > 0)
            {
                Line(field, $"{key}: {Q(value)}");
            }
        }
    }

    /// <summary>An evidence row with something in it; an empty row is left out.</summary>
    private static bool Typed(DraftEvidence item) => item.Path.Length > 0 || item.Uri.Length > 0 || item.Title.Length > 0;

    private static string Q(string text) => YamlQuoting.DoubleQuoted(text);
}

/// <summary>The names of form fields, shared by the YAML line map and the form: "claims.3.evidence.0.expires".</summary>
public static class DraftFields
{
    public static string Claim(int index) => $"claims.{index}";

    public static string Item(string claim, string list, int index) => $"{claim}.{list}.{index}";

    public static string Of(string parent, string name) => $"{parent}.{name}";
}
