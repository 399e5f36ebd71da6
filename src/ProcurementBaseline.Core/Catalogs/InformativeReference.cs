using System.Collections.Immutable;

namespace ProcurementBaseline.Catalogs;

/// <summary>
/// A reference from a control to another framework, as the catalog publishes it
/// (<c>SP80053: SA-1, SA-8</c>). Where the framework is itself a catalog we ship,
/// <see cref="Catalog"/> names it and <see cref="Controls"/> lists the control ids.
/// </summary>
public sealed record InformativeReference
{
    public required string Scheme { get; init; }

    public string? Text { get; init; }

    public string? Title { get; init; }

    public string? Href { get; init; }

    public string? Catalog { get; init; }

    public ImmutableArray<string> Controls { get; init; } = [];
}
