using System.Security.Cryptography;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Registry;

/// <summary>Organisations, users, API tokens and vendors' signing keys: who may use the registry, and as what.</summary>
public sealed class RegistryAccounts(IRegistryStore store, ICredentialHasher hasher, RegistryOptions options, TimeProvider time)
{
    public const string SiteAdminName = "admin";

    public const int MaxNameLength = 200;

    private readonly RegistryIds _ids = new(time);

    /// <summary>
    /// On first start, the site and its admin account with a random password, returned so it is shown once; null when
    /// the admin exists already.
    /// </summary>
    public async Task<string?> Bootstrap(CancellationToken cancel)
    {
        if (await store.AccountByName(SiteAdminName, cancel) is not null)
        {
            return null;
        }

        var now = Now();
        var site = await store.OrganisationByName("site", cancel) ?? new Organisation(_ids.New("org"), "site", OrganisationKind.Site, null, now);
        await store.Create(site, new AuditEvent(now, "system", "organisation.create", site.Id, "site"), cancel);
        var password = Secrets.NewPassword();
        var admin = new Account(_ids.New("usr"), SiteAdminName, site.Id, Role.SiteAdmin, hasher.Hash(password), now);
        return await store.Create(admin, new AuditEvent(now, "system", "user.create", admin.Id, $"{SiteAdminName} site-admin"), cancel) ? password : null;
    }

    /// <summary>The caller a token stands for; null for an unknown, revoked or malformed token.</summary>
    public async Task<Caller?> Authenticate(string token, CancellationToken cancel)
    {
        if (!token.StartsWith(Secrets.TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        return await store.Token(Secrets.TokenHash(token), cancel) is { } found && found.Token.Revoked is null
            ? new Caller(found.Account, found.Organisation, found.Token.Scopes & Caller.ScopesOf(found.Account.Role), found.Token.Id) { Issued = found.Token.Created }
            : null;
    }

    /// <summary>Signs a local account in with its password, and issues a token for it (scopes default to all its role allows).</summary>
    public async Task<Outcome<IssuedToken>> SignIn(string name, string password, string tokenName, TokenScopes? scopes, CancellationToken cancel)
    {
        var account = await store.AccountByName(name, cancel);
        if (account?.PasswordHash is null || !hasher.Verify(account.PasswordHash, password))
        {
            return RegistryProblem.Of(ProblemKind.Unauthenticated, DiagnosticCodes.RegistryUnauthenticated, "the name or the password is wrong");
        }

        return await Issue(account, tokenName, scopes ?? Caller.ScopesOf(account.Role), account.Name, cancel);
    }

    /// <summary>A further token for the caller, such as a submit-only token for a release pipeline.</summary>
    public Task<Outcome<IssuedToken>> IssueToken(Caller caller, string tokenName, TokenScopes scopes, CancellationToken cancel) =>
        (scopes & ~caller.Scopes) != TokenScopes.None
            ? Task.FromResult<Outcome<IssuedToken>>(RegistryProblem.Forbidden("a token cannot carry scopes the token that asks for it does not have"))
            : Issue(caller.Account, tokenName, scopes, caller.Account.Name, cancel);

    public async Task<Outcome<bool>> Revoke(Caller caller, string tokenId, CancellationToken cancel)
    {
        var token = await store.TokenById(tokenId, cancel);
        if (token is null || (token.UserId != caller.Account.Id && !caller.IsSiteAdmin))
        {
            return RegistryProblem.NotFound("token", tokenId);
        }

        var now = Now();
        return await store.Revoke(tokenId, now, new AuditEvent(now, caller.Account.Name, "token.revoke", tokenId, token.Name), cancel);
    }

    public async Task<Outcome<Organisation>> CreateOrganisation(Caller caller, string name, OrganisationKind kind, string? vendorId, CancellationToken cancel)
    {
        if (!caller.IsSiteAdmin || !caller.Can(TokenScopes.Admin))
        {
            return RegistryProblem.Forbidden("only a site admin creates organisations");
        }

        if ((CheckName("name", name) ?? (vendorId is null ? null : CheckName("vendor-id", vendorId))) is { } problem)
        {
            return problem;
        }

        if (kind == OrganisationKind.Site)
        {
            return RegistryProblem.Invalid("kind", "must be agency or vendor");
        }

        var now = Now();
        var organisation = new Organisation(_ids.New("org"), name.Trim(), kind, vendorId?.Trim(), now);
        return await store.Create(organisation, new AuditEvent(now, caller.Account.Name, "organisation.create", organisation.Id, $"{organisation.Name} {kind}"), cancel)
            ? organisation
            : RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.RegistryNameTaken, "organisation", organisation.Name);
    }

    public async Task<IReadOnlyList<Organisation>> Organisations(Caller caller, CancellationToken cancel) =>
        caller.IsSiteAdmin ? await store.Organisations(cancel) : [caller.Organisation];

    /// <summary>The most accounts a listing shows.</summary>
    public const int MaxListedAccounts = 500;

    /// <summary>The accounts an admin manages, by name: a site admin's are everyone's, an agency admin's its agency's; no one else lists accounts.</summary>
    public async Task<Outcome<IReadOnlyList<Account>>> Accounts(Caller caller, CancellationToken cancel) =>
        !caller.Can(TokenScopes.Admin) || !(caller.IsSiteAdmin || caller.Role == Role.AgencyAdmin)
            ? RegistryProblem.Forbidden("only a site admin or an agency admin lists accounts")
            : new Outcome<IReadOnlyList<Account>>(await store.Accounts(caller.IsSiteAdmin ? null : caller.Organisation.Id, MaxListedAccounts, cancel), null);

    /// <summary>The names of organisations by id, for ids the caller already reads (a listing's vendors); an unknown id is left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> OrganisationNames(IEnumerable<string> ids, CancellationToken cancel)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await store.Organisation(id, cancel) is { } organisation)
            {
                names[id] = organisation.Name;
            }
        }

        return names;
    }

    /// <summary>
    /// A local account. A site admin creates any; an agency admin creates reviewers and admins of its own agency only.
    /// </summary>
    public async Task<Outcome<Account>> CreateAccount(Caller caller, string name, Role role, string organisationId, string password, CancellationToken cancel)
    {
        if (!caller.Can(TokenScopes.Admin) || !(caller.IsSiteAdmin || (caller.Role == Role.AgencyAdmin && organisationId == caller.Organisation.Id && role is Role.Reviewer or Role.AgencyAdmin)))
        {
            return RegistryProblem.Forbidden("only a site admin, or an agency admin for its own agency's reviewers and admins, creates users");
        }

        if (CheckName("name", name) is { } problem)
        {
            return problem;
        }

        if (CheckPassword(password) is { } weak)
        {
            return weak;
        }

        if (await store.Organisation(organisationId, cancel) is not { } organisation)
        {
            return RegistryProblem.NotFound("organisation", organisationId);
        }

        if (!Fits(organisation.Kind, role))
        {
            return RegistryProblem.Invalid("role", $"a {Words.Of(role)} cannot belong to a {organisation.Kind.ToString().ToLowerInvariant()} organisation");
        }

        var now = Now();
        var account = new Account(_ids.New("usr"), name.Trim(), organisation.Id, role, hasher.Hash(password), now);
        return await store.Create(account, new AuditEvent(now, caller.Account.Name, "user.create", account.Id, $"{account.Name} {Words.Of(role)} {organisation.Id}"), cancel)
            ? account
            : RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.RegistryNameTaken, "user", account.Name);
    }

    /// <summary>
    /// A vendor signs itself up: its organisation and its first user, made together (both or neither), with no caller.
    /// Open unless the registry's options close it; the organisation is marked self-registered in the audit log, so
    /// reviewers can tell a vendor the site admin made from one that named itself. With <paramref name="tokenName"/>
    /// the new user is signed in too (the portal's session), without checking the password it has just set.
    /// </summary>
    public async Task<Outcome<SignedUp>> SignUp(string organisationName, string? vendorId, string name, string password, string? tokenName, CancellationToken cancel)
    {
        if (!options.VendorSignUp)
        {
            return RegistryProblem.Forbidden("this registry does not let vendors sign up; its site admin makes vendors' accounts");
        }

        if ((CheckName("organisation", organisationName) ?? (vendorId is null ? null : CheckName("vendor-id", vendorId)) ?? CheckName("name", name) ?? CheckPassword(password)) is { } problem)
        {
            return problem;
        }

        var now = Now();
        var organisation = new Organisation(_ids.New("org"), organisationName.Trim(), OrganisationKind.Vendor, vendorId?.Trim() is { Length: > 0 } id ? id : null, now);
        var account = new Account(_ids.New("usr"), name.Trim(), organisation.Id, Role.Vendor, hasher.Hash(password), now);
        var audit = new AuditEvent(now, account.Name, "vendor.sign-up", organisation.Id, $"{organisation.Name} self-registered; user {account.Id} {account.Name}");
        if (!await store.Create(organisation, account, audit, cancel))
        {
            return RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.RegistryNameTaken, "organisation or user", $"{organisation.Name} / {account.Name}");
        }

        if (tokenName is null)
        {
            return new SignedUp(account, null);
        }

        var session = await Issue(account, tokenName, Caller.ScopesOf(account.Role), account.Name, cancel);
        return session.Problem is { } refused ? refused : new SignedUp(account, session.Value);
    }

    /// <summary>
    /// Signs in a user an OpenID Connect provider vouches for, and issues a token (the portal's session). The first
    /// sign-in makes the account, with no password, in the organisation and role the provider's claims name; later ones
    /// follow the provider's role. The organisation must exist already, and a user is never moved to another one: the
    /// site admin makes organisations, and an account's records stay with its organisation.
    /// </summary>
    public async Task<Outcome<IssuedToken>> SignInExternal(ExternalIdentity identity, ExternalRoleMap roles, string tokenName, CancellationToken cancel)
    {
        if (identity.Issuer.Length is 0 or > 500 || identity.Subject.Length is 0 or > 255)
        {
            return RegistryProblem.SignInRefused("the token's issuer or subject is empty or too long");
        }

        if (NameFault(identity.Name) is { } fault)
        {
            return RegistryProblem.SignInRefused($"the user name the provider gives {fault}");
        }

        var role = roles.Resolve(identity.RoleValues);
        if (role.Problem is { } noRole)
        {
            return noRole;
        }

        var organisationName = role.Value == Role.SiteAdmin ? "site" : identity.Organisation;
        if (string.IsNullOrWhiteSpace(organisationName))
        {
            return RegistryProblem.SignInRefused($"the provider names no organisation for this {Words.Of(role.Value)}");
        }

        if (await store.OrganisationByName(organisationName, cancel) is not { } organisation || !Fits(organisation.Kind, role.Value))
        {
            return RegistryProblem.SignInRefused($"'{organisationName}' is not a{(role.Value == Role.Vendor ? " vendor" : "n agency")} organisation of this registry; its site admin makes it first");
        }

        var now = Now();
        var source = $"{identity.Subject} at {identity.Issuer}";
        var account = await store.AccountByIdentity(identity.Issuer, identity.Subject, cancel);
        if (account is null)
        {
            account = new Account(_ids.New("usr"), identity.Name.Trim(), organisation.Id, role.Value, null, now);
            var made = new AuditEvent(now, "system", "user.create", account.Id, $"{account.Name} {Words.Of(role.Value)} {organisation.Id} signed in as {source}");
            if (!await store.Create(account, identity.Issuer, identity.Subject, made, cancel))
            {
                return RegistryProblem.SignInRefused($"the user name '{account.Name}' belongs to another account of this registry");
            }
        }
        else if (account.OrganisationId != organisation.Id)
        {
            return RegistryProblem.SignInRefused($"the provider now places this user in '{organisation.Name}', but its account belongs to another organisation; a site admin moves or removes it");
        }
        else if (account.Role != role.Value)
        {
            await store.SetRole(account.Id, role.Value, new AuditEvent(now, "system", "user.role", account.Id, $"{Words.Of(account.Role)} to {Words.Of(role.Value)} as {source} says"), cancel);
            account = account with { Role = role.Value };
        }

        return await Issue(account, tokenName, Caller.ScopesOf(account.Role), account.Name, cancel);
    }

    /// <summary>Registers a public key (PEM) a vendor signs its bundles with; submissions must be signed by one of its vendor's keys.</summary>
    public async Task<Outcome<SigningKey>> AddKey(Caller caller, string organisationId, string publicKeyPem, CancellationToken cancel)
    {
        var allowed = (caller.IsSiteAdmin && caller.Can(TokenScopes.Admin)) || (caller.Role == Role.Vendor && caller.Can(TokenScopes.Submit) && caller.Organisation.Id == organisationId);
        if (!allowed)
        {
            return RegistryProblem.Forbidden("a vendor registers its own keys; a site admin registers any vendor's");
        }

        if (await store.Organisation(organisationId, cancel) is not { Kind: OrganisationKind.Vendor } organisation)
        {
            return RegistryProblem.NotFound("vendor", organisationId);
        }

        var (key, problem) = publicKeyPem.Length > 10_000 ? (null, "is too long for a public key") : SigningKeys.ReadPublic(publicKeyPem);
        if (key is null)
        {
            return RegistryProblem.Invalid("public-key", problem ?? "is not a P-256 public key");
        }

        using (key)
        {
            var now = Now();
            var stored = new SigningKey(SigningKeys.KeyId(key), organisation.Id, SigningKeys.PublicPem(key), now);
            return await store.Create(stored, new AuditEvent(now, caller.Account.Name, "key.add", stored.KeyId, organisation.Id), cancel)
                ? stored
                : RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.RegistryNameTaken, "key", stored.KeyId);
        }
    }

    /// <summary>The keys a vendor's submissions are verified against, as keys.</summary>
    public async Task<List<ECDsa>> TrustedKeys(string vendorId, CancellationToken cancel) =>
        [.. (await store.Keys(vendorId, cancel)).Select(k => SigningKeys.ReadPublic(k.PublicKeyPem).Key).OfType<ECDsa>()];

    private static bool Fits(OrganisationKind kind, Role role) => (kind, role) switch
    {
        (OrganisationKind.Vendor, Role.Vendor) or (OrganisationKind.Agency, Role.Reviewer or Role.AgencyAdmin) or (OrganisationKind.Site, Role.SiteAdmin) => true,
        _ => false,
    };

    internal static RegistryProblem? CheckName(string member, string value) => NameFault(value) is { } fault ? RegistryProblem.Invalid(member, fault) : null;

    private static string? NameFault(string value) =>
        string.IsNullOrWhiteSpace(value) ? "must not be empty"
        : value.Length > MaxNameLength ? $"must be at most {MaxNameLength} characters"
        : value.Any(char.IsControl) ? "must not hold control characters"
        : null;

    private static RegistryProblem? CheckPassword(string password) =>
        password.Length is < 12 or > 1024 ? RegistryProblem.Invalid("password", "must be 12 to 1,024 characters") : null;

    private async Task<Outcome<IssuedToken>> Issue(Account account, string tokenName, TokenScopes scopes, string actor, CancellationToken cancel)
    {
        if (CheckName("token-name", tokenName) is { } problem)
        {
            return problem;
        }

        var allowed = scopes & Caller.ScopesOf(account.Role);
        if (allowed == TokenScopes.None)
        {
            return RegistryProblem.Invalid("scopes", $"none of them is open to a {Words.Of(account.Role)}");
        }

        var secret = Secrets.NewToken();
        var now = Now();
        var token = new ApiToken(_ids.New("tok"), account.Id, tokenName.Trim(), Secrets.TokenHash(secret), allowed, now, null);
        await store.Create(token, new AuditEvent(now, actor, "token.issue", token.Id, $"{token.Name} {Words.Of(allowed)}"), cancel);
        return new IssuedToken(token, secret);
    }

    private DateTimeOffset Now() => Timestamps.Truncate(time.GetUtcNow());
}

/// <summary>A vendor just signed up: its first user, and that user's token when one was asked for.</summary>
public sealed record SignedUp(Account Account, IssuedToken? Token);

/// <summary>A token just issued: the record, and its secret, which is shown this once and never stored.</summary>
public sealed record IssuedToken(ApiToken Token, string Secret);
