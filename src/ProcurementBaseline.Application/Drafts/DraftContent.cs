using System.Collections.Immutable;

namespace ProcurementBaseline.Application.Drafts;

/// <summary>
/// What a vendor has typed into the portal's attestation form, kept exactly as typed (every value a string), so a
/// wrong date or an unknown status is shown back with its diagnostic rather than lost. The attestation YAML is written
/// from it (<see cref="DraftYaml"/>) and read back by the same reader as <c>attest validate</c>.
/// </summary>
public sealed record DraftContent
{
    public string Product { get; init; } = "";

    public string ProductVersion { get; init; } = "";

    public string Signatory { get; init; } = "";

    public string Role { get; init; } = "";

    public string Date { get; init; } = "";

    /// <summary>The baselines the attestation is made against (its <c>against</c>).</summary>
    public ImmutableArray<string> Against { get; init; } = [];

    /// <summary>One entry per control to claim, in the order the form shows them; a claim with no status is not written.</summary>
    public ImmutableArray<DraftClaim> Claims { get; init; } = [];
}

/// <summary>A claim as typed: <see cref="Status"/> empty while the vendor has not answered it.</summary>
public sealed record DraftClaim
{
    public required string Control { get; init; }

    public string Status { get; init; } = "";

    public string Statement { get; init; } = "";

    public string Justification { get; init; } = "";

    public ImmutableArray<DraftEvidence> Evidence { get; init; } = [];

    public ImmutableArray<DraftMilestone> Poam { get; init; } = [];

    public bool IsAnswered => Status.Length > 0;
}

/// <summary>An evidence item: a file uploaded to the draft (its path and the sha256 computed on upload) or a URI.</summary>
public sealed record DraftEvidence
{
    public string Title { get; init; } = "";

    public string Path { get; init; } = "";

    public string Sha256 { get; init; } = "";

    public string Uri { get; init; } = "";

    public string Kind { get; init; } = "document";

    public string Issued { get; init; } = "";

    public string Expires { get; init; } = "";
}

public sealed record DraftMilestone
{
    public string Description { get; init; } = "";

    public string Due { get; init; } = "";
}
