using System.Globalization;
using System.Text;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Yaml.Baselines;

namespace ProcurementBaseline.Cli.Commands.AttestCommands;

/// <summary>
/// The attestation a vendor starts from: every control the baselines require, each with its title and statement as
/// comments and the status not-implemented until the vendor says otherwise.
/// </summary>
public static class AttestationSkeleton
{
    private const int CommentWidth = 110;

    public sealed record Details(string Vendor, string? VendorId, string Product, string Version, string Signatory, string? Role, DateOnly Date);

    /// <summary>The skeleton; <paramref name="schema"/> is the attestation schema as the file should name it, a path relative to the file.</summary>
    public static string Write(IReadOnlyList<ResolvedBaseline> baselines, Details details, string schema)
    {
        var w = new StringBuilder();
        w.Append(CultureInfo.InvariantCulture, $"# yaml-language-server: $schema={schema}\n");
        w.Append(CultureInfo.InvariantCulture, $"# Attestation skeleton for {string.Join(", ", baselines.Select(b => b.Baseline.Id))}, written by procbase attest init.\n");
        w.Append("# For each claim set status to implemented, partially-implemented, planned, not-implemented or not-applicable, then add\n");
        w.Append("# evidence (a uri, or a path inside this folder with its sha256 and dates), a poam for planned or partial claims, or a\n");
        w.Append("# justification for not-applicable. Check it with: procbase attest validate <this file>\n");
        w.Append("kind: attestation\nschema-version: \"1\"\n");
        w.Append(CultureInfo.InvariantCulture, $"vendor:\n  name: {Quote(details.Vendor)}\n");
        if (details.VendorId is { } id)
        {
            w.Append(CultureInfo.InvariantCulture, $"  id: {Quote(id)}\n");
        }

        w.Append(CultureInfo.InvariantCulture, $"product:\n  name: {Quote(details.Product)}\n  version: {Quote(details.Version)}\n");
        w.Append(CultureInfo.InvariantCulture, $"date: \"{details.Date:yyyy-MM-dd}\"\n");
        w.Append(CultureInfo.InvariantCulture, $"signatory:\n  name: {Quote(details.Signatory)}\n");
        if (details.Role is { } role)
        {
            w.Append(CultureInfo.InvariantCulture, $"  role: {Quote(role)}\n");
        }

        w.Append(CultureInfo.InvariantCulture, $"against: [{string.Join(", ", baselines.Select(b => b.Baseline.Id))}]\n");
        w.Append("claims:\n");
        var seen = new HashSet<Harmonisation.ControlKey>();
        foreach (var required in baselines.SelectMany(b => b.Controls).Where(r => seen.Add(r.Key)))
        {
            var control = required.Control.Control;
            w.Append(CultureInfo.InvariantCulture, $"  # {required.Key.ControlId} ({BaselineYamlReader.Priorities.Word(required.Priority)}): {control.Title.Default}\n");
            foreach (var line in Wrap(control.Statement?.Default ?? "(no statement in the catalog)"))
            {
                w.Append(CultureInfo.InvariantCulture, $"  #   {line}\n");
            }

            w.Append(CultureInfo.InvariantCulture, $"  - control: {required.Key}\n    status: not-implemented\n");
        }

        return w.ToString();
    }

    private static string Quote(string text) => Yaml.Writing.YamlQuoting.DoubleQuoted(text);

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > CommentWidth)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? word : $" {word}");
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
