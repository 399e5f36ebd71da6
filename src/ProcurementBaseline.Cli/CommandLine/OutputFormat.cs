namespace ProcurementBaseline.Cli.CommandLine;

public enum OutputFormat
{
    Text,
    Json,
}
