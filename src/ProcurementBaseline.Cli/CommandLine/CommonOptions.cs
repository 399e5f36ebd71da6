using System.CommandLine;

namespace ProcurementBaseline.Cli.CommandLine;

/// <summary>Options several commands share, so each is spelled and described once.</summary>
public static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format: text for people, json for scripts.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Option<string?> Standards() => new("--standards")
    {
        Description = "The standards folder to use. Default: ./standards (or the nearest one above), else the copy shipped with the tool.",
    };
}
