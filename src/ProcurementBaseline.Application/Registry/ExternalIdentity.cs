namespace ProcurementBaseline.Application.Registry;

/// <summary>
/// Who an OpenID Connect provider says a user is, as the server read it from the provider's validated ID token: the
/// issuer and subject that name the user for good, a user name to show, the organisation's name, and the role values.
/// </summary>
public sealed record ExternalIdentity(string Issuer, string Subject, string Name, string? Organisation, IReadOnlyList<string> RoleValues);

/// <summary>How an identity provider's role values (group names, app roles) become registry roles; values not in it are ignored.</summary>
public sealed record ExternalRoleMap(IReadOnlyDictionary<string, Role> Values)
{
    /// <summary>The role words themselves: vendor, reviewer, agency-admin, site-admin.</summary>
    public static ExternalRoleMap Default { get; } = new(Words.Roles.Words.ToDictionary(w => w, w => Words.Role(w)!.Value, StringComparer.Ordinal));

    /// <summary>
    /// The one role the values give: the widest of the agency roles a user holds, or vendor. A user the provider makes
    /// both a vendor and an agency's reviewer is refused, since one account cannot sit on both sides of a procurement.
    /// </summary>
    public Outcome<Role> Resolve(IReadOnlyList<string> values)
    {
        var roles = values.Select(v => Values.TryGetValue(v, out var role) ? role : (Role?)null).OfType<Role>().Distinct().ToList();
        if (roles.Count == 0)
        {
            return RegistryProblem.SignInRefused(values.Count == 0
                ? "the provider's token carries no role claim"
                : $"none of the provider's role values ({Shown(values)}) is one this registry maps to a role");
        }

        if (roles.Contains(Role.Vendor) && roles.Count > 1)
        {
            return RegistryProblem.SignInRefused($"the provider makes this user both a vendor and an agency's or the site's user ({Shown(values)})");
        }

        return roles.Max();
    }

    private static string Shown(IReadOnlyList<string> values) => string.Join(", ", values.Take(10).Select(v => v.Length > 60 ? v[..60] + "…" : v));
}
