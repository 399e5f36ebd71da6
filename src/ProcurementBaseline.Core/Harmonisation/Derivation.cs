using System.Collections.Immutable;

namespace ProcurementBaseline.Harmonisation;

/// <summary>
/// How coverage reaches a control (harmonisation.md §3a): a tree whose root is the covered control. A leaf is a
/// claimed control, or, below a combined mapping that covers in part, a member nothing covers. A node reached by a
/// pairwise mapping has one child; a node reached by a combined mapping has one child per member. A path is the
/// one-branch case.
/// </summary>
public sealed record Derivation
{
    private Derivation(ControlKey control, MappingEdge? edge, CombinedEdge? combined, ImmutableArray<Derivation> from, bool covered, PathPhase phase, bool capped, bool anyMember = false)
    {
        Phase = phase;
        Capped = capped;
        var level = phase == PathPhase.Up || capped ? CoverageLevel.Partial : CoverageLevel.Full;
        Control = control;
        Edge = edge;
        Combined = combined;
        From = from;
        Covered = covered;
        Level = level;
        // Partial coverage through some members needs only one of them, so it is as strong as the strongest covered
        // branch; every other tree needs all its branches, so it is as strong as the weakest.
        var covering = from.Where(f => f.Covered).Select(f => f.Strength).DefaultIfEmpty(int.MaxValue);
        Strength = Math.Min(anyMember ? covering.Max() : covering.Min(), edge?.Strength ?? combined?.Strength ?? int.MaxValue);
        Hops = from.IsEmpty ? 0 : 1 + from.Max(f => f.Hops);
    }

    public ControlKey Control { get; }

    /// <summary>The pairwise mapping from the one child to this control.</summary>
    public MappingEdge? Edge { get; }

    /// <summary>The combined mapping from the children, one per member, to this control.</summary>
    public CombinedEdge? Combined { get; }

    public ImmutableArray<Derivation> From { get; }

    /// <summary>False for a member of a combined mapping that nothing covers.</summary>
    public bool Covered { get; }

    public CoverageLevel Level { get; }

    /// <summary>The weakest mapping of the tree (int.MaxValue for a bare claim).</summary>
    public int Strength { get; }

    /// <summary>The longest branch, in mappings.</summary>
    public int Hops { get; }

    public bool IsClaim => Covered && From.IsEmpty;

    /// <summary>Where the tree's last step leaves the valley-free automaton, for extending it.</summary>
    internal PathPhase Phase { get; }

    /// <summary>Rests on a partial claim, so covers at most in part whatever follows.</summary>
    internal bool Capped { get; }

    /// <summary>A claimed control: the leaf every branch starts from.</summary>
    public static Derivation Claim(ControlKey control, bool partialOnly) =>
        new(control, null, null, [], covered: true, PathPhase.Start, partialOnly);

    /// <summary>A member of a combined mapping that nothing covers.</summary>
    public static Derivation Missing(ControlKey control) => new(control, null, null, [], covered: false, PathPhase.Start, capped: true);

    /// <summary>A combined mapping over the trees of all its members, each covered in full: the step its relationship makes.</summary>
    internal static Derivation Joint(ImmutableArray<Derivation> members, CombinedEdge edge) =>
        new(edge.To, null, edge, members, covered: true, Relationships.Next(PathPhase.Start, edge.Step), capped: false);

    /// <summary>A combined mapping of which only some members are covered (the rest <see cref="Missing"/>): it covers in part, an across step.</summary>
    internal static Derivation JointInPart(ImmutableArray<Derivation> members, CombinedEdge edge) =>
        new(edge.To, null, edge, members, covered: true, PathPhase.Up, capped: false, anyMember: true);

    /// <summary>
    /// A claim carried along pairwise mappings: <paramref name="start"/> (a claim, or a combined mapping's tree) then
    /// each edge in order. Null when the path breaks the valley-free rule.
    /// </summary>
    public static Derivation? Along(Derivation start, IEnumerable<MappingEdge> edges)
    {
        Derivation? node = start;
        foreach (var edge in edges)
        {
            node = node.Then(edge);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>This tree carried one mapping further, or null when that breaks the valley-free rule.</summary>
    public Derivation? Then(MappingEdge edge)
    {
        var phase = Relationships.Next(Phase, edge.Step);
        return phase == PathPhase.Invalid ? null : new Derivation(edge.To, edge, null, [this], covered: true, phase, Capped);
    }

    /// <summary>The path of pairwise mappings a single-branch tree amounts to, or null when a combined mapping is in it.</summary>
    public CoveragePath? AsPath()
    {
        var edges = new List<MappingEdge>();
        for (var node = this; !node.From.IsEmpty; node = node.From[0])
        {
            if (node.Edge is null)
            {
                return null;
            }

            edges.Add(node.Edge);
        }

        edges.Reverse();
        return edges.Count == 0 ? null : new CoveragePath([.. edges]);
    }

    /// <summary>The claimed controls the tree rests on, in id order.</summary>
    public IEnumerable<ControlKey> Claims => Leaves.Where(l => l.Covered).Select(l => l.Control).Distinct().Order();

    /// <summary>Members of combined mappings that nothing covers, in id order.</summary>
    public IEnumerable<ControlKey> MissingMembers => Leaves.Where(l => !l.Covered).Select(l => l.Control).Distinct().Order();

    public IEnumerable<Derivation> Nodes => From.SelectMany(f => f.Nodes).Append(this);

    private IEnumerable<Derivation> Leaves => From.IsEmpty ? [this] : From.SelectMany(f => f.Leaves);

    /// <summary>One line, innermost first: "PO.1.1 + PO.1.3 together superset-of ism-2033 (reviewed, strength 7)".</summary>
    public override string ToString() => string.Join(", then ", Clauses());

    private IEnumerable<string> Clauses()
    {
        if (Edge is not null)
        {
            return From[0].Clauses().Append($"{Edge.From.ControlId} {RelationshipWords.Word(Edge.Relationship)} {Edge.To.ControlId} ({Provenance(Edge.Mapping)}, strength {Edge.Strength})");
        }

        if (Combined is not null)
        {
            var inner = From.Where(f => !f.From.IsEmpty).Select(f => $"[{f}]");
            var missing = From.Where(f => !f.Covered).Select(f => f.Control.ControlId).ToList();
            var gap = missing.Count == 0 ? "" : $"; not covered: {string.Join(", ", missing)}";
            return inner.Append($"{string.Join(" + ", Combined.Members.Select(m => m.ControlId))} together {RelationshipWords.Word(Combined.Relationship)} {Combined.To.ControlId} ({Provenance(Combined.Mapping)}, strength {Combined.Strength}{gap})");
        }

        return [];
    }

    private static string Provenance(Mapping mapping) => mapping.Provenance.ToString().ToLowerInvariant();
}
