namespace ProcurementBaseline.Application.Registry;

/// <summary>Who is asking: a signed-in user, through one API token, with the scopes that token carries.</summary>
public sealed record Caller(Account Account, Organisation Organisation, TokenScopes Scopes, string TokenId)
{
    public Role Role => Account.Role;

    /// <summary>When the token was issued (a portal session ends a fixed time after).</summary>
    public DateTimeOffset Issued { get; init; }

    public bool IsSiteAdmin => Role == Role.SiteAdmin;

    public bool Can(TokenScopes scope) => (Scopes & scope) == scope;

    /// <summary>Whether the caller reviews for this agency: its reviewers and admins, and the site's admins.</summary>
    public bool ReviewsFor(string agencyId) => IsSiteAdmin || (Role is Role.Reviewer or Role.AgencyAdmin && Organisation.Id == agencyId);

    /// <summary>The most a token of a user with this role may carry.</summary>
    public static TokenScopes ScopesOf(Role role) => role switch
    {
        Role.Vendor => TokenScopes.Read | TokenScopes.Submit,
        Role.Reviewer => TokenScopes.Read | TokenScopes.Review,
        Role.AgencyAdmin => TokenScopes.Read | TokenScopes.Review | TokenScopes.Admin,
        _ => TokenScopes.All,
    };

    public override string ToString() => Account.Name;
}
