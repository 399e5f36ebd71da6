using System.Collections.Frozen;
using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// Every loaded catalog's mapped controls and every crosswalk's mappings, with converses derived.
/// Immutable once built; safe to share between threads.
/// </summary>
public sealed class MappingGraph
{
    private readonly FrozenDictionary<ControlKey, ImmutableArray<MappingEdge>> _outgoing;
    private readonly FrozenDictionary<ControlKey, ImmutableArray<MappingEdge>> _incoming;

    private MappingGraph(CatalogLibrary catalogs, ImmutableArray<Crosswalk> crosswalks, FrozenDictionary<ControlKey, ImmutableArray<MappingEdge>> outgoing)
    {
        Catalogs = catalogs;
        Crosswalks = crosswalks;
        _outgoing = outgoing;
        _incoming = outgoing.Values.SelectMany(e => e).GroupBy(e => e.To).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        EdgeCount = outgoing.Values.Sum(e => e.Length);
    }

    public CatalogLibrary Catalogs { get; }

    public ImmutableArray<Crosswalk> Crosswalks { get; }

    /// <summary>Directed edges, converses included.</summary>
    public int EdgeCount { get; }

    public IEnumerable<ControlKey> MappedControls => _outgoing.Keys;

    /// <summary>
    /// Builds the graph. Mappings whose catalogs or controls are not loaded are left out: the crosswalk
    /// checks report them, and inference must not invent controls.
    /// </summary>
    public static MappingGraph Build(CatalogLibrary catalogs, IEnumerable<Crosswalk> crosswalks)
    {
        var list = crosswalks.ToImmutableArray();
        var outgoing = new Dictionary<ControlKey, ImmutableArray<MappingEdge>.Builder>();
        foreach (var crosswalk in list)
        {
            var source = catalogs.Find(crosswalk.Source);
            var target = catalogs.Find(crosswalk.Target);
            if (source is null || target is null)
            {
                continue;
            }

            foreach (var mapping in crosswalk.Mappings)
            {
                foreach (var (from, to) in mapping.Pairs)
                {
                    if (source.Find(from) is null || target.Find(to) is null)
                    {
                        continue;
                    }

                    var fromKey = new ControlKey(crosswalk.Source, from);
                    var toKey = new ControlKey(crosswalk.Target, to);
                    if (fromKey == toKey)
                    {
                        continue;
                    }

                    Add(outgoing, new MappingEdge(fromKey, toKey, mapping.Relationship, mapping, crosswalk, IsConverse: false));
                    Add(outgoing, new MappingEdge(toKey, fromKey, Relationships.Converse(mapping.Relationship), mapping, crosswalk, IsConverse: true));
                }
            }
        }

        return new MappingGraph(catalogs, list, outgoing.ToFrozenDictionary(e => e.Key, e => e.Value.ToImmutable()));
    }

    public ImmutableArray<MappingEdge> Outgoing(ControlKey control) =>
        _outgoing.TryGetValue(control, out var edges) ? edges : [];

    /// <summary>The edges that arrive at a control, converses included.</summary>
    public ImmutableArray<MappingEdge> Incoming(ControlKey control) =>
        _incoming.TryGetValue(control, out var edges) ? edges : [];

    /// <summary>Every directed edge, converses included, in a stable order.</summary>
    public IEnumerable<MappingEdge> Edges => _outgoing.OrderBy(e => e.Key).SelectMany(e => e.Value);

    private static void Add(Dictionary<ControlKey, ImmutableArray<MappingEdge>.Builder> outgoing, MappingEdge edge)
    {
        if (!outgoing.TryGetValue(edge.From, out var edges))
        {
            edges = ImmutableArray.CreateBuilder<MappingEdge>();
            outgoing.Add(edge.From, edges);
        }

        edges.Add(edge);
    }
}
