using System.Collections.Immutable;

namespace ProcurementBaseline.Diagnostics;

/// <summary>What a load produced: the value when it could be built, and every diagnostic found on the way.</summary>
public sealed record LoadResult<T>(T? Value, ImmutableArray<Diagnostic> Diagnostics)
    where T : class
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
