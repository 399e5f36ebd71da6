using System.CommandLine;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Cli.Commands.CatalogCommands;

/// <summary>The provenance options the import commands share; they become the written file's <c>source</c> block.</summary>
internal sealed class SourceOptions
{
    private readonly Option<string> _url = new("--source-url") { Description = "The official address of the source.", Required = true };
    private readonly Option<string> _licence = new("--licence") { Description = "The source's licence, such as 'CC BY 4.0'.", Required = true };
    private readonly Option<string> _attribution = new("--attribution") { Description = "The attribution the licence asks for.", Required = true };
    private readonly Option<string> _obtained = new("--obtained") { Description = "How the file was obtained: repository, path and commit.", Required = true };
    private readonly Option<string> _fidelity = new("--fidelity") { Description = "verbatim, extracted or summarised.", DefaultValueFactory = _ => "verbatim" };
    private readonly Option<string?> _completeness = new("--completeness") { Description = "What the source does not give, or what was left out." };
    private readonly Option<string[]> _documents = new("--document") { Description = "A source document as 'title|url|date|version' (repeatable; trailing parts optional)." };

    public IEnumerable<Option> All => [_url, _licence, _attribution, _obtained, _fidelity, _completeness, _documents];

    public CatalogSource? Build(ParseResult parse, TextWriter error)
    {
        if (!CatalogWords.Fidelities.TryParse(parse.GetValue(_fidelity)!, out var fidelity))
        {
            error.WriteLine($"error: --fidelity must be one of {CatalogWords.Fidelities.Listing}.");
            return null;
        }

        return new CatalogSource
        {
            Url = parse.GetValue(_url)!,
            Licence = parse.GetValue(_licence)!,
            Attribution = parse.GetValue(_attribution)!,
            Obtained = parse.GetValue(_obtained)!,
            Fidelity = fidelity,
            Completeness = parse.GetValue(_completeness),
            Documents = [.. (parse.GetValue(_documents) ?? []).Select(ParseDocument)],
        };
    }

    private static SourceDocument ParseDocument(string text)
    {
        var parts = text.Split('|');
        string? Part(int i) => parts.Length > i && parts[i].Length > 0 ? parts[i] : null;
        return new SourceDocument { Title = parts[0], Url = Part(1), Date = Part(2), Version = Part(3) };
    }
}
