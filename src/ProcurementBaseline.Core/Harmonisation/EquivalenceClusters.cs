using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation;

/// <summary>Builds the equivalence clusters of a graph under a policy, by union–find over equal-to and equivalent-to edges.</summary>
public static class EquivalenceClusters
{
    public static ImmutableArray<EquivalenceCluster> Build(MappingGraph graph, MappingPolicy policy)
    {
        var parent = new Dictionary<ControlKey, ControlKey>();
        foreach (var edge in graph.Edges.Where(e => !e.IsConverse && Relationships.IsEquivalence(e.Relationship) && policy.Accepts(e.Mapping)))
        {
            Union(parent, edge.From, edge.To);
        }

        return [.. parent.Keys
            .GroupBy(k => Find(parent, k))
            .Select(g => new EquivalenceCluster([.. g.Order()]))
            .OrderBy(c => c.Representative)];
    }

    private static ControlKey Find(Dictionary<ControlKey, ControlKey> parent, ControlKey key)
    {
        if (!parent.TryGetValue(key, out var up))
        {
            parent[key] = key;
            return key;
        }

        if (up == key)
        {
            return key;
        }

        var root = Find(parent, up);
        parent[key] = root;
        return root;
    }

    private static void Union(Dictionary<ControlKey, ControlKey> parent, ControlKey a, ControlKey b)
    {
        var rootA = Find(parent, a);
        var rootB = Find(parent, b);
        if (rootA != rootB)
        {
            if (rootA.CompareTo(rootB) < 0)
            {
                parent[rootB] = rootA;
            }
            else
            {
                parent[rootA] = rootB;
            }
        }
    }
}
