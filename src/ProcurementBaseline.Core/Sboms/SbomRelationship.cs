using ProcurementBaseline.Text;

namespace ProcurementBaseline.Sboms;

/// <summary>What a relationship between two SBOM elements states.</summary>
public enum SbomRelationshipKind
{
    /// <summary>From depends on, contains or is built from To (either direction of SPDX's pairs is normalised to this).</summary>
    DependsOn,

    /// <summary>A CycloneDX dependency entry that lists nothing: From is stated to have no dependencies.</summary>
    NoDependencies,

    /// <summary>SPDX 3: From's concluded or declared licence is To.</summary>
    HasLicence,

    /// <summary>SPDX 3: From (a vulnerability) affects To; the reader reports the statement itself.</summary>
    Other,
}

/// <summary>A relationship between two references, each kept as its <see cref="StableHash"/>, as the inventory keeps references.</summary>
public readonly record struct SbomRelationship(ulong From, SbomRelationshipKind Kind, ulong To)
{
    public static SbomRelationship Between(string from, SbomRelationshipKind kind, string to) => new(StableHash.Of(from), kind, StableHash.Of(to));
}
