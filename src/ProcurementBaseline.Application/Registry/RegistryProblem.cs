using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Registry;

/// <summary>How a request failed, as the HTTP API maps it to a status code.</summary>
public enum ProblemKind
{
    Invalid,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    TooLarge,
    TooMany,

    /// <summary>Something the registry depends on (an identity provider) does not answer.</summary>
    Unavailable,
}

/// <summary>Why a registry request failed: a kind, one diagnostic code and message, and the diagnostics behind it (a bundle's, say).</summary>
public sealed record RegistryProblem(ProblemKind Kind, DiagnosticDescriptor Code, string Detail, ImmutableArray<Diagnostic> Diagnostics)
{
    public static RegistryProblem Of(ProblemKind kind, DiagnosticDescriptor code, params object?[] args) => Because(kind, code, [], args);

    /// <summary>A problem with the diagnostics behind it, such as those of a bundle that did not verify.</summary>
    public static RegistryProblem Because(ProblemKind kind, DiagnosticDescriptor code, IEnumerable<Diagnostic> behind, params object?[] args) =>
        new(kind, code, Diagnostic.Create(code, SourceLocation.WholeFile("request"), args).Message, [.. behind]);

    public static RegistryProblem NotFound(string what, string id) => Of(ProblemKind.NotFound, DiagnosticCodes.RegistryNotFound, what, id);

    public static RegistryProblem Forbidden(string why) => Of(ProblemKind.Forbidden, DiagnosticCodes.RegistryForbidden, why);

    /// <summary>An identity provider vouched for a user the registry does not let in (no role it maps, an unknown organisation).</summary>
    public static RegistryProblem SignInRefused(string why) => Of(ProblemKind.Forbidden, DiagnosticCodes.RegistryExternalSignInRefused, why);

    public static RegistryProblem Invalid(string member, string problem) => Of(ProblemKind.Invalid, DiagnosticCodes.RegistryInvalidRequest, member, problem) with { Member = member };

    /// <summary>The request's member an invalid request is about (a form field's name), for showing the problem beside it.</summary>
    public string? Member { get; init; }
}

/// <summary>A registry request's result: the value, or the problem that stopped it.</summary>
public readonly record struct Outcome<T>(T? Value, RegistryProblem? Problem)
{
    public bool Failed => Problem is not null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(RegistryProblem problem) => new(default, problem);
}
