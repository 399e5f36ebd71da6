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

    private readonly FrozenDictionary<ControlKey, ImmutableArray<CombinedEdge>> _combinedInto;
    private readonly FrozenDictionary<ControlKey, ImmutableArray<CombinedEdge>> _combinedFrom;

    private MappingGraph(CatalogLibrary catalogs, ImmutableArray<Crosswalk> crosswalks, FrozenDictionary<ControlKey, ImmutableArray<MappingEdge>> outgoing, ImmutableArray<CombinedEdge> combined)
    {
        Catalogs = catalogs;
        Crosswalks = crosswalks;
        _outgoing = outgoing;
        _incoming = outgoing.Values.SelectMany(e => e).GroupBy(e => e.To).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        EdgeCount = outgoing.Values.Sum(e => e.Length);
        CombinedEdges = combined;
        _combinedInto = combined.GroupBy(e => e.To).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _combinedFrom = combined.SelectMany(e => e.Members.Distinct().Select(m => (Member: m, Edge: e)))
            .GroupBy(p => p.Member).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Edge).ToImmutableArray());
    }

    public CatalogLibrary Catalogs { get; }

    public ImmutableArray<Crosswalk> Crosswalks { get; }

    /// <summary>Directed edges, converses included.</summary>
    public int EdgeCount { get; }

    /// <summary>Every control with a mapping: pairwise edges, combined members and combined targets.</summary>
    public IEnumerable<ControlKey> MappedControls => _outgoing.Keys.Concat(_combinedInto.Keys).Concat(_combinedFrom.Keys).Distinct();

    /// <summary>Every combined mapping, one edge per target, in crosswalk order.</summary>
    public ImmutableArray<CombinedEdge> CombinedEdges { get; }

    /// <summary>
    /// Builds the graph. Mappings whose catalogs or controls are not loaded are left out: the crosswalk
    /// checks report them, and inference must not invent controls.
    /// </summary>
    public static MappingGraph Build(CatalogLibrary catalogs, IEnumerable<Crosswalk> crosswalks)
    {
        var list = crosswalks.ToImmutableArray();
        var outgoing = new Dictionary<ControlKey, ImmutableArray<MappingEdge>.Builder>();
        var combined = ImmutableArray.CreateBuilder<CombinedEdge>();
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
                if (mapping.Combined)
                {
                    AddCombined(combined, mapping, crosswalk, source, target);
                    continue;
                }

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

        return new MappingGraph(catalogs, list, outgoing.ToFrozenDictionary(e => e.Key, e => e.Value.ToImmutable()), combined.ToImmutable());
    }

    /// <summary>
    /// A combined mapping counts only whole: if any member is not loaded the union is unknown, so the mapping is left
    /// out (the crosswalk checks report why). So are members that are the target itself, and no-relationship.
    /// </summary>
    private static void AddCombined(ImmutableArray<CombinedEdge>.Builder combined, Mapping mapping, Crosswalk crosswalk, Catalog source, Catalog target)
    {
        var members = mapping.Sources.Distinct(StringComparer.Ordinal).ToList();
        if (mapping.Relationship == Relationship.NoRelationship || members.Count < 2 || members.Any(m => source.Find(m) is null))
        {
            return;
        }

        var keys = members.Select(m => new ControlKey(crosswalk.Source, m)).Order().ToImmutableArray();
        foreach (var to in mapping.Targets.Where(t => target.Find(t) is not null))
        {
            var toKey = new ControlKey(crosswalk.Target, to);
            if (!keys.Contains(toKey))
            {
                combined.Add(new CombinedEdge(keys, toKey, mapping.Relationship, mapping, crosswalk));
            }
        }
    }

    public ImmutableArray<MappingEdge> Outgoing(ControlKey control) =>
        _outgoing.TryGetValue(control, out var edges) ? edges : [];

    /// <summary>The combined mappings whose target is <paramref name="control"/>.</summary>
    public ImmutableArray<CombinedEdge> CombinedInto(ControlKey control) =>
        _combinedInto.TryGetValue(control, out var edges) ? edges : [];

    /// <summary>The combined mappings that have <paramref name="control"/> as a member.</summary>
    public ImmutableArray<CombinedEdge> CombinedFrom(ControlKey control) =>
        _combinedFrom.TryGetValue(control, out var edges) ? edges : [];

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
