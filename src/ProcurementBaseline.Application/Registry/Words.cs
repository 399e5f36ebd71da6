using ProcurementBaseline.Text;

namespace ProcurementBaseline.Application.Registry;

/// <summary>The words roles, kinds and scopes are written as in the API, the database and messages.</summary>
public static class Words
{
    public static EnumWords<Role> Roles { get; } = new(
        ("vendor", Registry.Role.Vendor), ("reviewer", Registry.Role.Reviewer), ("agency-admin", Registry.Role.AgencyAdmin), ("site-admin", Registry.Role.SiteAdmin));

    public static EnumWords<OrganisationKind> Kinds { get; } = new(
        ("site", OrganisationKind.Site), ("agency", OrganisationKind.Agency), ("vendor", OrganisationKind.Vendor));

    public static string Of(Role role) => Roles.Word(role);

    public static Role? Role(string word) => Roles.TryParse(word, out var role) ? role : null;

    public static string Of(OrganisationKind kind) => Kinds.Word(kind);

    public static OrganisationKind? Kind(string word) => Kinds.TryParse(word, out var kind) ? kind : null;

    // Scopes combine (read,submit), so they are flags read word by word rather than one EnumWords value.
    private static readonly (TokenScopes Scope, string Word)[] ScopeWords =
        [(TokenScopes.Read, "read"), (TokenScopes.Submit, "submit"), (TokenScopes.Review, "review"), (TokenScopes.Admin, "admin")];

    public static string ScopeListing { get; } = string.Join(", ", ScopeWords.Select(s => s.Word));

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
