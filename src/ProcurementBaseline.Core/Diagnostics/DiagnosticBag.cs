using System.Collections.Immutable;

namespace ProcurementBaseline.Diagnostics;

/// <summary>Collects the diagnostics of one load or check, so that a single run reports every problem.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Add(Diagnostic.Create(descriptor, location, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>The diagnostics in a stable order: by file, line, column, then code.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        [.. _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
