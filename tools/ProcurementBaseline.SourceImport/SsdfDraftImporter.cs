using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.SourceImport;

/// <summary>
/// SSDF 1.2 initial public draft (NIST SP 800-218r1 ipd) from the third-party JSON extraction of the draft PDF.
/// Groups → practices → tasks, examples, references; the draft's "This task has been moved" stubs become withdrawn tasks with moved-to.
/// </summary>
public static partial class SsdfDraftImporter
{
    public static Catalog Import(JsonElement root) => new()
    {
        Id = "nist-ssdf",
        Title = LocalizedText.Of("Secure Software Development Framework (SSDF) Version 1.2, Initial Public Draft (NIST SP 800-218r1 ipd)"),
        Publisher = "National Institute of Standards and Technology (NIST)",
        Jurisdiction = Jurisdiction.US,
        Version = CatalogVersion.Parse("1.2-ipd"),
        Released = new DateOnly(2025, 12, 17),
        Status = CatalogStatus.Draft,
        Source = new CatalogSource
        {
            Url = "https://csrc.nist.gov/pubs/sp/800/218/r1/ipd",
            Licence = "NIST text: public domain in the United States (US Government work). Extraction: Apache-2.0 (github.com/karant-dev/nist-ssdf-site).",
            Attribution = "NIST Special Publication 800-218r1 (Initial Public Draft), Secure Software Development Framework (SSDF) Version 1.2, National Institute of Standards and Technology; extraction by the nist-ssdf-site project.",
            Obtained = "github.com/karant-dev/nist-ssdf-site commit 2c56be7ec66e30d15193d030ba67d8f53c9ada37, source_data/ssdf_v1.2.json (extracted from the draft PDF by a third party); converted with tools/ProcurementBaseline.SourceImport",
            Fidelity = Fidelity.Extracted,
            Completeness = "A draft, not final: comments closed 2026-01-30. NIST published no machine-readable form of it; this is a third-party extraction from the PDF, not verified against the PDF here. " +
                "All 4 groups, 22 practices (PW.3 only as the heading of moved tasks) and 54 task rows (49 active tasks and 5 'moved' stubs, recorded as withdrawn with moved-to). SP 800-53 references are given as printed, zero-padded (SA-08), and linked to nist-sp800-53 ids without the padding (SA-8).",
            Documents =
            [
                new SourceDocument { Title = "NIST SP 800-218r1 ipd, Secure Software Development Framework (SSDF) Version 1.2 (Initial Public Draft)", Url = "https://csrc.nist.gov/pubs/sp/800/218/r1/ipd", Date = "2025-12-17", Version = "1.2 ipd" },
            ],
        },
        Groups = [.. root.GetProperty("practices").EnumerateArray().Select(Group)],
    };

    private static ControlGroup Group(JsonElement group) => new()
    {
        Id = group.GetProperty("identifier").GetString()!,
        Title = LocalizedText.Of(group.GetProperty("name").GetString()!),
        Description = Text(group, "description"),
        Controls = [.. group.GetProperty("tasks").EnumerateArray().Select(Practice)],
    };

    private static Control Practice(JsonElement practice)
    {
        var title = practice.GetProperty("name").GetString()!;
        var tasks = practice.GetProperty("implementations").EnumerateArray().Select(t => Task(t, title)).ToImmutableArray();
        var retired = tasks.All(t => t.Status == ControlStatus.Withdrawn);
        return new Control
        {
            Id = practice.GetProperty("identifier").GetString()!,
            Class = "practice",
            Title = LocalizedText.Of(title),
            Statement = Text(practice, "description"),
            Status = retired ? ControlStatus.Withdrawn : ControlStatus.Active,
            Completeness = retired ? "The draft keeps this practice only as a heading for tasks that moved elsewhere." : null,
            Controls = tasks,
        };
    }

    private static Control Task(JsonElement task, string practiceTitle)
    {
        var id = task.GetProperty("identifier").GetString()!;
        if (task.TryGetProperty("moved_to", out var movedTo) && movedTo.GetString() is { } target)
        {
            return new Control
            {
                Id = id,
                Class = "task",
                Title = LocalizedText.Of(practiceTitle),
                Statement = LocalizedText.Of(MarkdownLink().Replace(task.GetProperty("description").GetString()!, "$1")),
                Status = ControlStatus.Withdrawn,
                Successors = [new ControlSuccessor(SuccessorKind.MovedTo, target)],
            };
        }

        return new Control
        {
            Id = id,
            Class = "task",
            Title = LocalizedText.Of(practiceTitle),
            Statement = Text(task, "description"),
            Examples = [.. task.GetProperty("examples").EnumerateArray().SelectMany(e => Examples(e.GetString()!))],
            References = [.. task.GetProperty("references").EnumerateArray().Select(r => Reference(r.GetString()!)).OfType<InformativeReference>()],
        };
    }

    // The extraction joins a task's examples into one string with literal "\n" between "Example N:" items.
    private static IEnumerable<LocalizedText> Examples(string joined) =>
        joined.Split("\\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => LocalizedText.Of(ExamplePrefix().Replace(e, string.Empty)));

    private static InformativeReference? Reference(string text)
    {
        var match = ReferencePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var scheme = match.Groups[1].Value;
        var body = match.Groups[3].Value.Trim();
        var isSp80053 = scheme == "SP80053";
        return new InformativeReference
        {
            Scheme = scheme,
            Href = match.Groups[2].Value,
            Text = body,
            Catalog = isSp80053 ? "nist-sp800-53" : null,
            Controls = isSp80053 ? [.. body.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Unpad).Distinct(StringComparer.Ordinal)] : [],
        };
    }

    // "SA-08" → "SA-8", "SI-02(07)" → "SI-2(7)": the draft pads numbers; the catalog does not.
    private static string Unpad(string id) => LeadingZeros().Replace(id, "$1");

    private static LocalizedText? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? LocalizedText.Of(text.Trim()) : null;

    [GeneratedRegex(@"^\[([^\]]+)\]\(([^)]*)\):\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^Example \d+:\s*")]
    private static partial Regex ExamplePrefix();

    [GeneratedRegex(@"(?<=[-(])0+(\d)")]
    private static partial Regex LeadingZeros();
}
