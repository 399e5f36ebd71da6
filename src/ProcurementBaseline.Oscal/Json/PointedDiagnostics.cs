using ProcurementBaseline.Text;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Oscal.Json;

/// <summary>
/// Diagnostics placed by JSON pointer while a document is read, given their line and column in one pass at the end.
/// The pointer is the last argument of each message.
/// </summary>
internal sealed class PointedDiagnostics(ReadOnlyMemory<byte> json, string file)
{
    private readonly List<(DiagnosticDescriptor Descriptor, string Pointer, object?[] Args)> _pending = [];

    public bool HasErrors { get; private set; }

    public void Add(DiagnosticDescriptor descriptor, string pointer, params object?[] args)
    {
        _pending.Add((descriptor, pointer, [.. args, pointer]));
        HasErrors |= descriptor.Severity == DiagnosticSeverity.Error;
    }

    public void CopyTo(DiagnosticBag diagnostics)
    {
        var locations = JsonLocations.FindAll(json, [.. _pending.Select(p => p.Pointer).Distinct(StringComparer.Ordinal)], file);
        foreach (var (descriptor, pointer, args) in _pending)
        {
            diagnostics.Add(descriptor, locations[pointer], args);
        }
    }
}
