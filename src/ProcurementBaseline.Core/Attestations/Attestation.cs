using System.Collections.Immutable;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Attestations;

/// <summary>One vendor's submission for one product: its claims against baselines or catalogs.</summary>
public sealed record Attestation
{
    public required Party Vendor { get; init; }

    public required Product Product { get; init; }

    public required DateOnly Date { get; init; }

    public required Signatory Signatory { get; init; }

    /// <summary>Baseline ids or catalog versions (id@version) the vendor attests against.</summary>
    public ImmutableArray<string> Against { get; init; } = [];

    public ImmutableArray<Claim> Claims { get; init; } = [];

    /// <summary>Where the attestation's date is written, for diagnostics about it.</summary>
    public SourceLocation? DateOrigin { get; init; }

    /// <summary>Where <see cref="Against"/> is written (or the file's start), for findings that have no claim to point at.</summary>
    public SourceLocation? AgainstOrigin { get; init; }

    public string Name => $"{Vendor.Name} {Product.Name} {Product.Version}";
}

/// <summary>A vendor: its name and an identifier, such as an ABN, a DUNS number or a corporate identity number.</summary>
public sealed record Party(string Name, string? Id);

/// <summary>The person who signs the attestation for the vendor.</summary>
public sealed record Signatory(string Name, string? Role);

public sealed record Product(string Name, string Version);
