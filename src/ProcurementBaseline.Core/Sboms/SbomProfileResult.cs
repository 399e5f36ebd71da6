using System.Collections.Immutable;

namespace ProcurementBaseline.Sboms;

/// <summary>An SBOM judged against one profile: each field's share, a score, and whether every required field is complete.</summary>
public sealed record SbomProfileResult(SbomProfile Profile, SbomFormat Format, int Components, ImmutableArray<SbomFieldResult> Fields)
{
    /// <summary>The mean share over the profile's fields, as a percentage with one decimal.</summary>
    public double Score => Fields.IsEmpty ? 0 : Math.Round(Fields.Average(f => f.Share) * 100, 1, MidpointRounding.AwayFromZero);

    public IEnumerable<SbomFieldResult> MissingRequired(double minShare = 1) =>
        Fields.Where(f => f.Field.Required && (minShare >= 1 ? !f.Complete : f.Share < minShare));

    public bool Complete => !MissingRequired().Any();
}
