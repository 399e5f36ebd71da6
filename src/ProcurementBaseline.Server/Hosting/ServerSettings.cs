namespace ProcurementBaseline.Server.Hosting;

/// <summary>What procbase serve was asked for.</summary>
/// <param name="DataFolder">Where the embedded database lives (registry.db).</param>
/// <param name="Database">A connection string: PostgreSQL when it has a Host, else a SQLite file; null for the embedded default.</param>
/// <param name="Urls">Where to listen; loopback by default.</param>
public sealed record ServerSettings(string DataFolder, string? Database, IReadOnlyList<string> Urls)
{
    public const string DefaultUrl = "http://127.0.0.1:8477";

    public Application.Registry.RegistryOptions Registry { get; init; } = new();

    /// <summary>Signing in to the portal through an OpenID Connect provider, besides local accounts; null for local accounts only.</summary>
    public Authentication.OidcSettings? Oidc { get; init; }
}
