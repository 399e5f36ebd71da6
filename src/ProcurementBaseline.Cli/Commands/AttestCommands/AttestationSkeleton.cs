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

    /// <summary>One claim to write: the control, the comment lines above it (unwrapped), and the statement to quote.</summary>
    public sealed record Entry(Harmonisation.ControlKey Control, string Heading, IReadOnlyList<string> Notes, string? Statement);

    /// <summary>The skeleton; <paramref name="schema"/> is the attestation schema as the file should name it, a path relative to the file.</summary>
    public static string Write(IReadOnlyList<ResolvedBaseline> baselines, Details details, string schema)
    {
        var seen = new HashSet<Harmonisation.ControlKey>();
        var entries = baselines.SelectMany(b => b.Controls).Where(r => seen.Add(r.Key)).Select(required => new Entry(required.Key,
            $"{required.Key.ControlId} ({BaselineYamlReader.Priorities.Word(required.Priority)}): {required.Control.Control.Title.Default}",
            [], required.Control.Control.Statement?.Default ?? "(no statement in the catalog)"));
        return Write(baselines, details, schema, $"Attestation skeleton for {string.Join(", ", baselines.Select(b => b.Baseline.Id))}, written by procbase attest init.", entries);
    }

    /// <summary>The skeleton of an attest-once plan: exactly the planned claims, each saying what it meets in which baseline.</summary>
    public static string Write(Application.Planning.PlanReport plan, Details details, string schema)
    {
        var entries = plan.Claims.Select(claim => new Entry(claim.Control, $"{claim.Control.ControlId}: {claim.Title}",
            [.. claim.Meets.GroupBy(m => m.Baseline).Select(g => $"meets in {g.Key} ({g.First().Required.Jurisdiction}): {string.Join("; ", g.Select(m => m.How is null ? $"{m.Required.Key.ControlId} directly" : $"{m.Required.Key.ControlId} {m.How}"))}")],
            null));
        var header = $"Attest-once plan for {string.Join(", ", plan.Baselines.Select(b => b.Baseline.Id))}, written by procbase attest init --plan: " +
            $"{plan.Plan.Claims.Length} claims that, each implemented with evidence, meet all {plan.Plan.MustCount} must controls ({plan.Quality}).";
        return Write(plan.Baselines, details, schema, header, entries);
    }

    private static string Write(IReadOnlyList<ResolvedBaseline> baselines, Details details, string schema, string header, IEnumerable<Entry> entries)
    {
        var w = new StringBuilder();
        w.Append(CultureInfo.InvariantCulture, $"# yaml-language-server: $schema={schema}\n");
        foreach (var line in Wrap(header))
        {
            w.Append(CultureInfo.InvariantCulture, $"# {line}\n");
        }

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
        foreach (var entry in entries)
        {
            w.Append(CultureInfo.InvariantCulture, $"  # {Comment(entry.Heading)}\n");
            foreach (var note in entry.Notes.Concat(EvidenceNeeds(baselines, entry.Control)))
            {
                var first = true;
                foreach (var line in Wrap(note))
                {
                    w.Append(CultureInfo.InvariantCulture, $"  # {(first ? "- " : "    ")}{line}\n");
                    first = false;
                }
            }

            foreach (var line in entry.Statement is null ? [] : Wrap(entry.Statement))
            {
                w.Append(CultureInfo.InvariantCulture, $"  #   {line}\n");
            }

            w.Append(CultureInfo.InvariantCulture, $"  - control: {entry.Control}\n    status: not-implemented\n");
        }

        return w.ToString();
    }

    /// <summary>What the baselines' evidence requirements ask of a claim on this control: "needs in in-government-software: evidence with kind: sbom, complete under certin@1.0".</summary>
    private static IEnumerable<string> EvidenceNeeds(IReadOnlyList<ResolvedBaseline> baselines, Harmonisation.ControlKey control) =>
        baselines.SelectMany(b => b.Baseline.Policy.RequirementsFor(control).Select(r =>
            $"needs in {b.Baseline.Id}: evidence with kind: {(r.Kind == Attestations.EvidenceKind.Sbom ? "sbom" : "vex")}" +
            (r.Profile is { } profile ? $", complete under the SBOM profile {profile}" : ", each affected vulnerability with a milestone in the poam")));

    /// <summary>One comment line: line breaks and control characters from a catalog never end the comment.</summary>
    private static string Comment(string text) => string.Join(' ', Wrap(text));

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
