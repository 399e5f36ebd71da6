using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// Consistency checks over every loaded crosswalk together (<c>procbase map check</c>). They look at what is
/// written, whatever its provenance, because a contradiction in a draft is still a contradiction.
/// </summary>
public static class MappingConsistency
{
    public static void Check(MappingGraph graph, DiagnosticBag diagnostics)
    {
        CheckEquivalenceChains(graph, diagnostics);
        CheckMutualSubsets(graph, diagnostics);
        CheckSubsetCycles(graph, diagnostics);
        CheckVersionChanges(graph, diagnostics);
        CheckCombinedCycles(graph, diagnostics);
    }

    /// <summary>
    /// PB1405: combined mappings where a member's coverage depends, through other combined mappings, on the target's:
    /// {A, B} ⊇ C and {C, D} ⊇ A. Inference stays finite (the hop cap), but the mappings likely overstate.
    /// </summary>
    private static void CheckCombinedCycles(MappingGraph graph, DiagnosticBag diagnostics)
    {
        if (graph.CombinedEdges.IsEmpty)
        {
            return;
        }

        var next = graph.CombinedEdges.SelectMany(e => e.Members.Select(m => (From: m, Edge: e))).ToLookup(p => p.From, p => p.Edge);
        var nodes = graph.CombinedEdges.SelectMany(e => e.Members.Append(e.To)).Distinct().Order().ToList();
        foreach (var component in StronglyConnected(nodes, n => next[n].Select(e => e.To)).Where(c => c.Count >= 2).OrderBy(c => c.Min()))
        {
            var members = component.Order().ToList();
            var edge = next[members[0]].First(e => component.Contains(e.To));
            diagnostics.Add(DiagnosticCodes.CombinedCycle, edge.Mapping.Origin ?? SourceLocation.WholeFile(edge.Crosswalk.Name), string.Join(", ", members));
        }
    }

    private static SourceLocation At(MappingEdge edge) => edge.Mapping.Origin ?? SourceLocation.WholeFile(edge.Crosswalk.Name);

    /// <summary>PB1401: equal-to and equivalent-to chains that join two controls of one catalog version.</summary>
    private static void CheckEquivalenceChains(MappingGraph graph, DiagnosticBag diagnostics)
    {
        var everything = MappingPolicy.Default with { Provenances = [Provenance.Official, Provenance.Reviewed, Provenance.Suggested, Provenance.Derived], MinimumStrength = 0, IncludeDrafts = true };
        foreach (var cluster in EquivalenceClusters.Build(graph, everything))
        {
            foreach (var sameCatalog in cluster.Members.GroupBy(m => m.Catalog).Where(g => g.Count() > 1))
            {
                var members = sameCatalog.ToList();
                var chain = EquivalencePath(graph, members[0], members[1]);
                diagnostics.Add(DiagnosticCodes.EqualToJoinsSameCatalog, At(chain[0]), members[0], members[1],
                    string.Join(", ", chain.Select(e => $"{e.From} {RelationshipWords.Word(e.Relationship)} {e.To}")));
            }
        }
    }

    private static List<MappingEdge> EquivalencePath(MappingGraph graph, ControlKey from, ControlKey to)
    {
        var previous = new Dictionary<ControlKey, MappingEdge>();
        var queue = new Queue<ControlKey>([from]);
        while (queue.TryDequeue(out var node) && node != to)
        {
            foreach (var edge in graph.Outgoing(node).Where(e => Relationships.IsEquivalence(e.Relationship)))
            {
                if (edge.To != from && previous.TryAdd(edge.To, edge))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        var path = new List<MappingEdge>();
        for (var node = to; node != from; node = previous[node].From)
        {
            path.Add(previous[node]);
        }

        path.Reverse();
        return path;
    }

    /// <summary>PB1402: S ⊂ T and T ⊂ S, from two mappings, with no equal-to or equivalent-to between them.</summary>
    private static void CheckMutualSubsets(MappingGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var edge in graph.Edges.Where(e => e.Relationship == Relationship.SubsetOf && e.From < e.To))
        {
            var back = graph.Outgoing(edge.To).FirstOrDefault(e => e.To == edge.From && e.Relationship == Relationship.SubsetOf && e.Mapping != edge.Mapping);
            var equal = graph.Outgoing(edge.From).Any(e => e.To == edge.To && Relationships.IsEquivalence(e.Relationship));
            if (back is not null && !equal)
            {
                diagnostics.Add(DiagnosticCodes.MutualSubsets, At(edge), edge.From, edge.To);
            }
        }
    }

    /// <summary>PB1403: cycles of three or more controls along subset-of (two are PB1402).</summary>
    private static void CheckSubsetCycles(MappingGraph graph, DiagnosticBag diagnostics)
    {
        var subsets = graph.Edges.Where(e => e.Relationship == Relationship.SubsetOf).ToLookup(e => e.From);
        foreach (var component in StronglyConnected(graph.MappedControls.Order().ToList(), n => subsets[n].Select(e => e.To)).Where(c => c.Count >= 3))
        {
            var members = component.Order().ToList();
            var edge = subsets[members[0]].First(e => component.Contains(e.To));
            diagnostics.Add(DiagnosticCodes.SubsetCycle, At(edge), string.Join(" ⊂ ", members));
        }
    }

    /// <summary>
    /// PB1404: a mapped control that the latest final version of its catalog no longer defines, or withdraws.
    /// Drafts do not count: a draft may still change, and the version a crosswalk pins stays current until it is replaced.
    /// A version crosswalk (two versions of one catalog) is about exactly that change, so its old side is not checked; and
    /// a control a version crosswalk carries to the latest version under a new id (a known rename) is not dangling:
    /// <c>procbase map retarget</c> moves the crosswalk.
    /// </summary>
    private static void CheckVersionChanges(MappingGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var crosswalk in graph.Crosswalks)
        {
            foreach (var (side, pinned) in new[] { (0, crosswalk.Source), (1, crosswalk.Target) })
            {
                if (crosswalk.Source.CatalogId == crosswalk.Target.CatalogId)
                {
                    continue;
                }

                var latest = graph.Catalogs.Catalogs.Where(c => c.Id == pinned.CatalogId && c.Status == CatalogStatus.Final).MaxBy(c => c.Version);
                if (latest is null || latest.Version.CompareTo(pinned.Version) <= 0
                    || graph.Catalogs.Find(pinned) is null)
                {
                    continue;
                }

                var renamed = KnownRenames(graph, pinned, latest.Ref);
                foreach (var mapping in crosswalk.Mappings)
                {
                    foreach (var id in (side == 0 ? mapping.Sources : mapping.Targets).Where(id => !renamed.Contains(id)))
                    {
                        var now = latest.Find(id)?.Control;
                        var change = now is null ? "does not define it"
                            : now.Status == ControlStatus.Withdrawn ? $"withdraws it{(now.Successors.IsEmpty ? "" : $" ({string.Join(", ", now.Successors.Select(s => s.ControlId))})")}"
                            : null;
                        if (change is not null)
                        {
                            diagnostics.Add(DiagnosticCodes.DanglingAfterVersionChange, mapping.Origin ?? SourceLocation.WholeFile(crosswalk.Name), id, crosswalk.Name, latest.Ref, change);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The ids of <paramref name="from"/> that a version crosswalk to <paramref name="to"/> maps equal-to or equivalent-to another id.</summary>
    private static HashSet<string> KnownRenames(MappingGraph graph, CatalogRef from, CatalogRef to) =>
        graph.Crosswalks.Where(c => c.Source == from && c.Target == to)
            .SelectMany(c => c.Mappings)
            .Where(m => m.Relationship is Relationship.EqualTo or Relationship.EquivalentTo)
            .SelectMany(m => m.Pairs)
            .Where(p => p.Source != p.Target)
            .Select(p => p.Source)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Tarjan's algorithm, iterative so that long chains cannot overflow the stack.</summary>
    private static List<HashSet<ControlKey>> StronglyConnected(List<ControlKey> nodes, Func<ControlKey, IEnumerable<ControlKey>> next)
    {
        var index = new Dictionary<ControlKey, int>();
        var low = new Dictionary<ControlKey, int>();
        var onStack = new HashSet<ControlKey>();
        var stack = new Stack<ControlKey>();
        var components = new List<HashSet<ControlKey>>();
        var counter = 0;
        foreach (var root in nodes.Where(n => !index.ContainsKey(n)))
        {
            var work = new Stack<(ControlKey Node, IEnumerator<ControlKey> Next)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, successors) = work.Peek();
                if (successors.MoveNext())
                {
                    var child = successors.Current;
                    if (!index.TryGetValue(child, out var childIndex))
                    {
                        Visit(child);
                    }
                    else if (onStack.Contains(child))
                    {
                        low[node] = Math.Min(low[node], childIndex);
                    }

                    continue;
                }

                work.Pop();
                successors.Dispose();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new HashSet<ControlKey>();
                    ControlKey member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }
            }

            void Visit(ControlKey node)
            {
                index[node] = low[node] = counter++;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, next(node).GetEnumerator()));
            }
        }

        return components;
    }
}
