using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Authentication;

/// <summary>
/// Signing in to the portal through an OpenID Connect provider (authorization code with PKCE): where the provider is,
/// the client the registry is registered as, and which claims of the ID token name the user's organisation and role.
/// </summary>
/// <param name="Authority">The provider's issuer URL; its discovery document is read from /.well-known/openid-configuration under it.</param>
/// <param name="ClientId">The client id the provider registered the registry under.</param>
public sealed record OidcSettings(Uri Authority, string ClientId)
{
    /// <summary>Where the provider sends the user back: register the portal's address followed by this as the client's redirect URI.</summary>
    public const string CallbackPath = "/portal/sign-in/provider/callback";

    /// <summary>The client secret, for a confidential client; null for a public client, which PKCE alone protects.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>The provider's name on the sign-in button.</summary>
    public string DisplayName { get; init; } = "single sign-on";

    /// <summary>The claim whose values (one claim per value, or a JSON array) are the user's roles.</summary>
    public string RoleClaim { get; init; } = "roles";

    /// <summary>The claim that names the user's organisation in the registry (an organisation's name, as the site admin made it).</summary>
    public string OrganisationClaim { get; init; } = "procbase_organisation";

    /// <summary>The claim the account is named by; the e-mail address, then the subject, when it is absent.</summary>
    public string NameClaim { get; init; } = "preferred_username";

    public ExternalRoleMap Roles { get; init; } = ExternalRoleMap.Default;

    /// <summary>Scopes asked for beyond openid and profile (some providers put roles or groups behind one).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];
}
