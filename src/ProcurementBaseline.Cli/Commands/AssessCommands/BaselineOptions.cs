using System.CommandLine;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Cli.CommandLine;

namespace ProcurementBaseline.Cli.Commands.AssessCommands;

/// <summary>The options assess and compare share: which baselines, at which date, with or without mappings.</summary>
internal sealed class BaselineOptions
{
    public Option<string[]> Baselines { get; } = new("--baseline", "-b")
    {
        Description = "A baseline id; several separated by commas or by repeating the option; or 'all'. Default: the baselines the attestation names in 'against'.",
    };

    public Option<DateOnly?> AsOf { get; } = CommonOptions.Date("--as-of", "The date to judge evidence expiry and plans of action at (YYYY-MM-DD). Default: today (UTC).");

    public Option<bool> NoMappings { get; } = new("--no-mappings") { Description = "Count direct claims only: no coverage through mappings, whatever the baselines allow." };

    public Option<string?> Standards { get; } = CommonOptions.Standards();

    public IEnumerable<Option> All => [Baselines, AsOf, NoMappings, Standards];

    /// <summary>Resolves the named baselines; null (after reporting) when one is unknown.</summary>
    public static List<ResolvedBaseline>? Resolve(IReadOnlyList<string> names, StandardsSet standards, CliContext cli)
    {
        if (names.Contains("all", StringComparer.Ordinal))
        {
            return [.. standards.Baselines];
        }

        var resolved = new List<ResolvedBaseline>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (standards.FindBaseline(name) is not { } baseline)
            {
                cli.Error.WriteLine($"error: no baseline '{name}'; the loaded baselines are {string.Join(", ", standards.Baselines.Select(b => b.Baseline.Id))}.");
                return null;
            }

            resolved.Add(baseline);
        }

        return resolved;
    }
}
