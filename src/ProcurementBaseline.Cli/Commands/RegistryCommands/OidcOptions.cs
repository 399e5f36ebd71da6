using System.CommandLine;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Server.Authentication;

namespace ProcurementBaseline.Cli.Commands.RegistryCommands;

/// <summary>procbase serve's options for signing in to the portal through an OpenID Connect provider.</summary>
internal sealed class OidcOptions
{
    public const string SecretVariable = "PROCBASE_OIDC_CLIENT_SECRET";

    private static readonly OidcSettings Defaults = new(new Uri("https://example.invalid/"), "");

    public Option<string?> Authority { get; } = new("--oidc-authority")
    {
        Description = "An OpenID Connect provider's issuer URL: the portal then offers signing in through it (authorization code with PKCE), beside local accounts. HTTPS, except on loopback.",
    };

    public Option<string?> ClientId { get; } = new("--oidc-client-id") { Description = "The client id the provider registered the registry under. Its redirect URI is <portal URL>/sign-in/provider/callback." };

    public Option<string?> Name { get; } = new("--oidc-name") { Description = $"The provider's name on the sign-in button. Default: {Defaults.DisplayName}." };

    public Option<string> RoleClaim { get; } = new("--oidc-role-claim") { Description = "The ID token claim that holds the user's roles.", DefaultValueFactory = _ => Defaults.RoleClaim };

    public Option<string> OrganisationClaim { get; } = new("--oidc-organisation-claim")
    {
        Description = "The ID token claim that names the user's organisation, as the registry's site admin named it. A site admin needs none.",
        DefaultValueFactory = _ => Defaults.OrganisationClaim,
    };

    public Option<string> NameClaim { get; } = new("--oidc-name-claim") { Description = "The ID token claim the account is named by (then email, then sub).", DefaultValueFactory = _ => Defaults.NameClaim };

    public Option<string[]> Roles { get; } = new("--oidc-role")
    {
        Description = $"VALUE=ROLE: the provider's role value VALUE makes a registry ROLE ({Words.Roles.Listing}); repeatable. Default: the role words themselves.",
    };

    public Option<string[]> Scopes { get; } = new("--oidc-scope") { Description = "A scope to ask for besides openid and profile; repeatable." };

    public IEnumerable<Option> All => [Authority, ClientId, Name, RoleClaim, OrganisationClaim, NameClaim, Roles, Scopes];

    /// <summary>The settings, null when no provider is named, or the problems with what was given.</summary>
    public (OidcSettings? Settings, IReadOnlyList<string> Problems) Read(ParseResult parse)
    {
        var problems = new List<string>();
        if (parse.GetValue(Authority) is not { } given)
        {
            if (parse.GetValue(ClientId) is not null)
            {
                problems.Add("--oidc-client-id needs --oidc-authority");
            }

            return (null, problems);
        }

        if (!Uri.TryCreate(given, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && !(authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback)))
        {
            problems.Add($"--oidc-authority '{Text.VisibleText.Escape(given)}' must be an https:// URL (http:// on loopback only)");
            authority = null;
        }

        if (parse.GetValue(ClientId) is not { Length: > 0 } clientId)
        {
            problems.Add("--oidc-authority needs --oidc-client-id");
            clientId = "";
        }

        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var pair in parse.GetValue(Roles) ?? [])
        {
            var (value, word) = pair.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (pair[..at], pair[(at + 1)..]) : (pair, "");
            if (Words.Role(word) is { } role)
            {
                roles[value] = role;
            }
            else
            {
                problems.Add($"--oidc-role '{pair}' must be VALUE=ROLE, ROLE one of {Words.Roles.Listing}");
            }
        }

        var secret = Environment.GetEnvironmentVariable(SecretVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        return (problems.Count > 0 || authority is null ? null : new OidcSettings(authority, clientId)
        {
            ClientSecret = secret,
            DisplayName = parse.GetValue(Name) is { Length: > 0 } name ? name : Defaults.DisplayName,
            RoleClaim = parse.GetValue(RoleClaim)!,
            OrganisationClaim = parse.GetValue(OrganisationClaim)!,
            NameClaim = parse.GetValue(NameClaim)!,
            Roles = roles.Count > 0 ? new ExternalRoleMap(roles) : ExternalRoleMap.Default,
            Scopes = parse.GetValue(Scopes) ?? [],
        }, problems);
    }
}
