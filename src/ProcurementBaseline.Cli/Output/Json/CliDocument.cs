using System.Text.Json.Serialization;

namespace ProcurementBaseline.Cli.Output.Json;

/// <summary>
/// What every JSON document a command prints starts with: the version of its shape and what it is (<c>catalog-list</c>,
/// <c>map-suggestions</c>…), so a script can check both before reading on. docs/cli.md lists the kinds.
/// </summary>
public abstract record CliDocument(string Kind)
{
    public const string CurrentSchemaVersion = "1";

    [JsonPropertyOrder(-2)]
    public string SchemaVersion { get; } = CurrentSchemaVersion;

    [JsonPropertyOrder(-1)]
    public string Kind { get; } = Kind;
}
