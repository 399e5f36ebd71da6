using System.Collections.Immutable;

namespace ProcurementBaseline.Vex;

/// <summary>VEX statements joined to an SBOM's components: those that name one of its components, and those that name nothing in it.</summary>
public sealed record VexJoin(ImmutableArray<VexStatement> Matched, ImmutableArray<VexStatement> Unmatched)
{
    public static VexJoin Empty { get; } = new([], []);

    /// <summary>Statements on the SBOM's components that are affected or under investigation with no response.</summary>
    public IEnumerable<VexStatement> Open => Matched.Where(s => s.IsOpen);

    /// <summary>
    /// What a baseline requiring VEX wants in the plan of action: every affected statement (an action statement says
    /// what to do, not by when) and whatever is under investigation with no response.
    /// </summary>
    public IEnumerable<VexStatement> NeedingPlan => Matched.Where(s => s.Status == VexStatus.Affected || s.IsOpen);

    /// <summary>Joins statements to components by purl (qualifiers and subpath ignored when the exact purl is not there) or by the SBOM's reference.</summary>
    public static VexJoin Of(IEnumerable<VexStatement> statements, Func<string, bool> componentNamed)
    {
        var matched = ImmutableArray.CreateBuilder<VexStatement>();
        var unmatched = ImmutableArray.CreateBuilder<VexStatement>();
        foreach (var statement in statements)
        {
            (componentNamed(statement.Product) || componentNamed(Purls.WithoutQualifiers(statement.Product)) ? matched : unmatched).Add(statement);
        }

        return new(matched.ToImmutable(), unmatched.ToImmutable());
    }
}
