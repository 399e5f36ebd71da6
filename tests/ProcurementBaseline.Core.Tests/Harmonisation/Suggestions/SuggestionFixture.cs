using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation.Suggestions;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Tests.Harmonisation.Suggestions;

/// <summary>A hand-made pair of catalogs where word overlap points the wrong way: "threat modelling" shares a word with a control on physical threats, and none with attack surface analysis.</summary>
internal static class SuggestionFixture
{
    public static Catalog Source { get; } = Catalog("src", new ControlGroup
    {
        Id = "design",
        Title = LocalizedText.Of("Design"),
        Controls = [Control("S-1", "Threat modelling", "Perform threat modelling of the software design.")],
    });

    public static Catalog Target { get; } = Catalog("tgt", new ControlGroup
    {
        Id = "all",
        Title = LocalizedText.Of("Controls"),
        Controls =
        [
            Control("T-1", "Attack surface analysis", "Analyse the attack surface of the product before release."),
            Control("T-2", "Physical threats", "Protect the building against the threat of flooding and fire."),
            Control("T-3", "Staff training", "Train staff every year."),
        ],
    });

    public static Catalog Catalog(string id, params ControlGroup[] groups) => new()
    {
        Id = id,
        Title = LocalizedText.Of(id),
        Publisher = "Tests",
        Jurisdiction = Jurisdiction.AU,
        Version = CatalogVersion.Parse("1.0"),
        Status = CatalogStatus.Final,
        Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        Groups = [.. groups],
    };

    public static ControlGroup Group(string id, string title, params Control[] controls) =>
        new() { Id = id, Title = LocalizedText.Of(title), Controls = [.. controls] };

    public static Control Control(string id, string title, string statement, params Control[] children) =>
        new() { Id = id, Title = LocalizedText.Of(title), Statement = LocalizedText.Of(statement), Controls = [.. children] };
}

/// <summary>Lower-cases and splits on spaces and punctuation, dropping words of three letters or fewer.</summary>
internal sealed class WordAnalyzer : ITermAnalyzer
{
    public IReadOnlyList<string> Terms(string text) =>
        [.. text.ToLowerInvariant().Split([' ', '.', ',', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3)];
}

/// <summary>Embeds by concepts named by keywords, as a model would place the texts: design analysis, physical protection, training.</summary>
internal sealed class ConceptEmbedder : ITextEmbedder
{
    private static readonly string[][] Concepts = [["modelling", "attack surface"], ["flooding", "building"], ["train"], ["threat"]];

    public string Model => "concepts";

    public int Calls { get; private set; }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        Calls++;
        return [.. texts.Select(text =>
        {
            var lower = text.ToLowerInvariant();
            var vector = Concepts.Select((words, i) => words.Any(lower.Contains) ? (i == 3 ? 0.3f : 1f) : 0f).ToArray();
            var norm = MathF.Sqrt(vector.Sum(v => v * v));
            return norm == 0 ? vector : [.. vector.Select(v => v / norm)];
        })];
    }
}
