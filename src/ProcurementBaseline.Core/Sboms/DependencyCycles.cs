namespace ProcurementBaseline.Sboms;

/// <summary>Finds a cycle in a dependency graph given as edges, without recursion, so a deep or cyclic graph cannot overflow the stack.</summary>
public static class DependencyCycles
{
    /// <summary>The nodes of one cycle, its first node repeated at the end, or null when there is none.</summary>
    public static IReadOnlyList<ulong>? Find(IReadOnlyList<(ulong From, ulong To)> edges)
    {
        if (edges.Count == 0)
        {
            return null;
        }

        var index = new Dictionary<ulong, int>();
        var nodes = new List<ulong>();
        int Id(ulong node)
        {
            if (!index.TryGetValue(node, out var id))
            {
                id = nodes.Count;
                index.Add(node, id);
                nodes.Add(node);
            }

            return id;
        }

        var from = new int[edges.Count];
        var to = new int[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            from[i] = Id(edges[i].From);
            to[i] = Id(edges[i].To);
        }

        var start = new int[nodes.Count + 1];
        foreach (var f in from)
        {
            start[f + 1]++;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            start[i + 1] += start[i];
        }

        var targets = new int[edges.Count];
        var fill = (int[])start.Clone();
        for (var i = 0; i < edges.Count; i++)
        {
            targets[fill[from[i]]++] = to[i];
        }

        // 0 unvisited, 1 on the current path, 2 done.
        var state = new byte[nodes.Count];
        var next = new int[nodes.Count];
        var parent = new int[nodes.Count];
        var stack = new Stack<int>();
        for (var root = 0; root < nodes.Count; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push(root);
            state[root] = 1;
            next[root] = start[root];
            parent[root] = -1;
            while (stack.Count > 0)
            {
                var node = stack.Peek();
                if (next[node] == start[node + 1])
                {
                    state[node] = 2;
                    stack.Pop();
                    continue;
                }

                var target = targets[next[node]++];
                if (state[target] == 1)
                {
                    var cycle = new List<ulong> { nodes[target] };
                    for (var at = node; at != target && at >= 0; at = parent[at])
                    {
                        cycle.Add(nodes[at]);
                    }

                    cycle.Add(nodes[target]);
                    cycle.Reverse(1, cycle.Count - 2);
                    return cycle;
                }

                if (state[target] == 0)
                {
                    state[target] = 1;
                    next[target] = start[target];
                    parent[target] = node;
                    stack.Push(target);
                }
            }
        }

        return null;
    }
}
