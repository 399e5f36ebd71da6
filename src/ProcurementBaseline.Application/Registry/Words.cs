namespace ProcurementBaseline.Application.Registry;

/// <summary>The words roles, kinds and scopes are written as in the API, the database and messages.</summary>
public static class Words
{
    public static string Of(Role role) => role switch
    {
        Registry.Role.Vendor => "vendor",
        Registry.Role.Reviewer => "reviewer",
        Registry.Role.AgencyAdmin => "agency-admin",
        _ => "site-admin",
    };

    public static Role? Role(string word) => word switch
    {
        "vendor" => Registry.Role.Vendor,
        "reviewer" => Registry.Role.Reviewer,
        "agency-admin" => Registry.Role.AgencyAdmin,
        "site-admin" => Registry.Role.SiteAdmin,
        _ => null,
    };

    public static string Of(OrganisationKind kind) => kind.ToString().ToLowerInvariant();

    public static OrganisationKind? Kind(string word) => word switch
    {
        "site" => OrganisationKind.Site,
        "agency" => OrganisationKind.Agency,
        "vendor" => OrganisationKind.Vendor,
        _ => null,
    };

    private static readonly (TokenScopes Scope, string Word)[] ScopeWords =
        [(TokenScopes.Read, "read"), (TokenScopes.Submit, "submit"), (TokenScopes.Review, "review"), (TokenScopes.Admin, "admin")];

    /// <summary>"read,submit".</summary>
    public static string Of(TokenScopes scopes) => string.Join(',', ScopeWords.Where(s => (scopes & s.Scope) != 0).Select(s => s.Word));

    /// <summary>Scopes from "read,submit"; null when a word is not a scope.</summary>
    public static TokenScopes? Scopes(string words)
    {
        var scopes = TokenScopes.None;
        foreach (var word in words.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = ScopeWords.FirstOrDefault(s => s.Word == word);
            if (found.Word is null)
            {
                return null;
            }

            scopes |= found.Scope;
        }

        return scopes;
    }
}
