using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>
/// Everything ranking needs for one pair of catalogs, computed once: the BM25 score and (with a model) the cosine
/// similarity of every source control against every target, each target's group prior and place in the hierarchy.
/// Ranking with any <see cref="RankingParameters"/> then costs no text analysis, which is what lets calibration try
/// every weight. Controls whose text was not retrieved are neither ranked nor proposed.
/// </summary>
public sealed class SuggestionSpace
{
    private int[]?[]? _lexicalRanks;
    private int[]?[]? _semanticRanks;
    private TargetText?[]? _targetTexts;

    private SuggestionSpace(Catalog source, Catalog target, ImmutableArray<IndexedControl> sources, ImmutableArray<IndexedControl> targets)
    {
        Source = source;
        Target = target;
        Sources = sources;
        Targets = targets;
        Lexical = [];
        TargetTerms = [];
        SourceTerms = [];
        GroupPrior = [];
        Parent = [];
        Index = new Bm25Index([]);
    }

    public Catalog Source { get; }

    public Catalog Target { get; }

    /// <summary>The source controls ranked: active, with text.</summary>
    public ImmutableArray<IndexedControl> Sources { get; }

    /// <summary>Active source controls left out because their text was not retrieved.</summary>
    public ImmutableArray<IndexedControl> Skipped { get; private init; } = [];

    /// <summary>The target controls that may be proposed: active, with text.</summary>
    public ImmutableArray<IndexedControl> Targets { get; }

    /// <summary>The model the semantic scores come from, or null for BM25 alone.</summary>
    public string? Model { get; private init; }

    internal Bm25Index Index { get; private init; }

    internal float[][] Lexical { get; private init; }

    internal float[][]? Semantic { get; private init; }

    internal double[] GroupPrior { get; private init; }

    internal int[] Parent { get; private init; }

    internal IReadOnlyList<HashSet<string>> TargetTerms { get; private init; }

    internal IReadOnlyList<HashSet<string>> SourceTerms { get; private init; }

    /// <summary>
    /// Builds the space. <paramref name="only"/> limits the source controls scored (calibration needs only those a
    /// crosswalk maps); the group prior always reads the whole source catalog.
    /// </summary>
    public static SuggestionSpace Build(Catalog source, Catalog target, ITermAnalyzer analyzer, ITextEmbedder? embedder = null, IReadOnlySet<string>? only = null)
    {
        var activeSources = source.AllControls.Where(c => c.Control.Status == ControlStatus.Active).ToList();
        var sources = activeSources.Where(c => ControlDocument.HasText(c.Control) && (only is null || only.Contains(c.Id))).ToImmutableArray();
        var targets = target.AllControls.Where(c => c.Control.Status == ControlStatus.Active && ControlDocument.HasText(c.Control)).ToImmutableArray();
        var targetDocuments = targets.AsParallel().AsOrdered().Select(c => analyzer.Terms(ControlDocument.Text(c))).ToList();
        var sourceDocuments = sources.AsParallel().AsOrdered().Select(c => analyzer.Terms(ControlDocument.Text(c))).ToList();
        var index = new Bm25Index(targetDocuments);
        var positions = targets.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        float[][]? semantic = null;
        if (embedder is not null && sources.Length > 0 && targets.Length > 0)
        {
            var sourceVectors = embedder.Embed([.. sources.Select(ControlDocument.SemanticText)]);
            var targetVectors = embedder.Embed([.. targets.Select(ControlDocument.SemanticText)]);
            semantic = [.. sourceVectors.AsParallel().AsOrdered().Select(v => targetVectors.Select(t => Dot(v, t)).ToArray())];
        }

        return new SuggestionSpace(source, target, sources, targets)
        {
            Skipped = [.. activeSources.Where(c => !ControlDocument.HasText(c.Control))],
            Model = semantic is null ? null : embedder!.Model,
            Index = index,
            Lexical = [.. sourceDocuments.AsParallel().AsOrdered().Select(d => Array.ConvertAll(index.Score(d), s => (float)s))],
            Semantic = semantic,
            GroupPrior = GroupAffinity(targets, targetDocuments, activeSources.Where(c => ControlDocument.HasText(c.Control)), analyzer),
            Parent = [.. targets.Select(t => t.Parent is { } parent && positions.TryGetValue(parent.Id, out var at) ? at : -1)],
            TargetTerms = [.. targetDocuments.Select(d => d.ToHashSet(StringComparer.Ordinal))],
            SourceTerms = [.. sourceDocuments.Select(d => d.ToHashSet(StringComparer.Ordinal))],
        };
    }

    public int SourceIndex(string controlId) => Sources.IndexOf(Sources.FirstOrDefault(c => c.Id == controlId)!);

    public int TargetIndex(string controlId)
    {
        for (var i = 0; i < Targets.Length; i++)
        {
            if (Targets[i].Id == controlId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each target's rank (0 is best) among all targets for one source, by BM25 or by cosine; computed on first use.</summary>
    /// <summary>A target's text analysed for explanations; computed on first use, for the few targets proposed.</summary>
    internal TargetText TextOf(int target, ITermAnalyzer analyzer)
    {
        var texts = _targetTexts ?? Interlocked.CompareExchange(ref _targetTexts, new TargetText?[Targets.Length], null) ?? _targetTexts!;
        return texts[target] ??= TargetText.Of(ControlDocument.Text(Targets[target]), analyzer);
    }

    // Racing threads may both compute a row; they compute the same one, and a reference is written whole.
    internal int[] Ranks(int source, bool semantic)
    {
        var ranks = semantic ? (_semanticRanks ??= new int[Sources.Length][]) : (_lexicalRanks ??= new int[Sources.Length][]);
        if (ranks[source] is { } known)
        {
            return known;
        }

        var scores = semantic ? Semantic![source] : Lexical[source];
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var result = new int[scores.Length];
        for (var r = 0; r < order.Length; r++)
        {
            result[order[r]] = r;
        }

        ranks[source] = result;
        return result;
    }

    /// <summary>
    /// How close each target's top-level group (an SP 800-53 family, an ISM guideline) is to the source catalog as a
    /// whole, from 0 to 1: BM25 of all source text against each group's text. A catalog about software development sits
    /// closest to the families about acquisition and development, and that is where its mappings usually land.
    /// A group most of whose controls only point to another standard's clauses (ISMAP's chapters 5–18) has no text of
    /// its own to measure, so it takes the neutral 1: measured on its few worded controls, every such chapter ranked
    /// below the fully worded chapter 4, and a prior exponent of 0.5 cut SSDF → ISMAP recall@5 from 0.39 to 0.13.
    /// </summary>
    private static double[] GroupAffinity(ImmutableArray<IndexedControl> targets, List<IReadOnlyList<string>> documents, IEnumerable<IndexedControl> sources, ITermAnalyzer analyzer)
    {
        var groups = Enumerable.Range(0, targets.Length).GroupBy(i => targets[i].Groups.IsEmpty ? "" : targets[i].Groups[0].Id, StringComparer.Ordinal).ToList();
        var worded = groups.Select(g => g.Where(i => !ControlDocument.IsPointer(targets[i].Control)).ToList()).ToList();
        var query = sources.SelectMany(c => analyzer.Terms(ControlDocument.Text(c))).ToList();
        var scores = new Bm25Index([.. worded.Select(w => (IReadOnlyList<string>)[.. w.SelectMany(i => documents[i])])]).Score(query);
        var max = scores.Length == 0 ? 0 : scores.Max();
        var prior = new double[targets.Length];
        for (var g = 0; g < groups.Count; g++)
        {
            var measured = max > 0 && worded[g].Count * 2 >= groups[g].Count();
            foreach (var i in groups[g])
            {
                prior[i] = measured ? scores[g] / max : 1;
            }
        }

        return prior;
    }

    private static float Dot(float[] a, float[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        var sum = System.Numerics.Vector<float>.Zero;
        var i = 0;
        for (; i <= length - System.Numerics.Vector<float>.Count; i += System.Numerics.Vector<float>.Count)
        {
            sum += new System.Numerics.Vector<float>(a, i) * new System.Numerics.Vector<float>(b, i);
        }

        var dot = System.Numerics.Vector.Sum(sum);
        for (; i < length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }
}
