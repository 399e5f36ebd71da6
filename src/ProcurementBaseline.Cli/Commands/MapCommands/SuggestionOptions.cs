using System.CommandLine;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Suggestions;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Cli.Commands.MapCommands;

/// <summary>The options <c>map suggest</c> and <c>map evaluate</c> share: whether to use the semantic add-on, and where its vectors are cached.</summary>
internal sealed class SuggestionOptions
{
    private static readonly Dictionary<string, string> SemanticWords = new(StringComparer.Ordinal) { ["auto"] = "auto", ["off"] = "off" };

    // A word, not Option<bool>: System.CommandLine lets a bool option take only true or false after it, whatever its parser.
    public Option<string> Semantic { get; } = new("--semantic")
    {
        Description = "auto (default): fuse BM25 with sentence embeddings when the procbase-semantic add-on is installed, BM25 alone (saying so) when not; off: BM25 alone.",
        DefaultValueFactory = _ => "auto",
        CustomParser = result => CommonOptions.Word(result, "--semantic", SemanticWords),
    };

    public Option<string?> Cache { get; } = new("--embedding-cache")
    {
        Description = "Folder for cached embeddings, keyed by each text's hash. Default: $XDG_CACHE_HOME/procbase/embeddings (~/.cache/procbase/embeddings).",
    };

    public Option<string?> AddOn { get; } = new("--semantic-add-on")
    {
        Description = "The procbase-semantic add-on to run (an executable, or a .dll run with dotnet). Default: $PROCBASE_SEMANTIC, then beside procbase, then on PATH.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(AddOn);
        command.Options.Add(Semantic);
        command.Options.Add(Cache);
    }

    public SuggestionEngine Engine(ParseResult parse, CliContext cli, HarmonisationSet loaded, params Catalog[] catalogs)
    {
        var cache = parse.GetValue(Cache) is { } folder ? Path.GetFullPath(folder, cli.WorkingDirectory) : null;
        var addOn = parse.GetValue(AddOn) is { } path ? Path.GetFullPath(path, cli.WorkingDirectory) : null;
        var engine = SuggestionEngine.Create(loaded, new EnglishTermAnalyzer(), parse.GetValue(Semantic) != "off", addOn, AppContext.BaseDirectory, cache, catalogs);
        if (engine.SemanticOff is { } reason)
        {
            cli.Error.WriteLine($"note: ranking by BM25 alone: {reason}.");
        }

        return engine;
    }

    public static string Describe(RankingParameters p) => FormattableString.Invariant(
        $"prior^{p.PriorExponent:0.##}, child {p.ChildWeight:0.##}, {(p.SemanticWeight == 0 ? "BM25 alone" : $"{(p.Fusion == FusionMethod.Linear ? "linear" : "reciprocal-rank")} fusion, semantic weight {p.SemanticWeight:0.##}")}");
}
