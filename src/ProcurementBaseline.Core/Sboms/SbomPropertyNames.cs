using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ProcurementBaseline.Sboms;

/// <summary>The property names the loaded profiles read (at most 64), each given a bit, so an inventory records which a component carries in one long.</summary>
public sealed class SbomPropertyNames
{
    public const int Max = 64;

    private readonly FrozenDictionary<string, int> _bits;

    public SbomPropertyNames(IEnumerable<string> names)
    {
        var distinct = names.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        if (distinct.Length > Max)
        {
            throw new ArgumentException($"profiles read {distinct.Length} property names; at most {Max} are supported", nameof(names));
        }

        _bits = distinct.Select((n, i) => (n, i)).ToFrozenDictionary(p => p.n, p => p.i, StringComparer.OrdinalIgnoreCase);
    }

    public static SbomPropertyNames Of(IEnumerable<SbomProfile> profiles) =>
        new(profiles.SelectMany(p => p.Fields).SelectMany(f => f.Read.Values).SelectMany(s => s).Where(s => s.IsProperty).Select(s => s.Property!));

    /// <summary>The bit for a property name, or 0 when no profile reads it.</summary>
    public long Bit(string name) => _bits.TryGetValue(name, out var index) ? 1L << index : 0;

    public long BitsOf(SbomComponent component)
    {
        var bits = 0L;
        foreach (var property in component.Properties)
        {
            if (!string.IsNullOrWhiteSpace(property.Value))
            {
                bits |= Bit(property.Name);
            }
        }

        return bits;
    }
}
