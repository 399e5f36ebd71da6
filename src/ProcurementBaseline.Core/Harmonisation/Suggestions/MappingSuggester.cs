using System.Collections.Immutable;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>
/// Ranks the controls of a target catalog for each control of a source catalog, and proposes a relationship.
/// <list type="number">
/// <item>BM25 over stemmed terms scores every target for the source's text.</item>
/// <item>A group prior weights each target by how close its top-level group is to the source catalog as a whole
/// (squared, from 0 to 1), so that software-development practices land in SP 800-53's SA and SR families before
/// a stray match in, say, PE.</item>
/// <item>Hierarchy: a child control (an enhancement) keeps 80% of its score and lifts its parent to at least 89% of
/// it, because crosswalks usually name the base control.</item>
/// <item>The relationship comes from how much of each text's term weight (IDF) the other contains: both mostly
/// contained, equivalent-to; the source contained in a larger target, subset-of; the reverse, superset-of;
/// otherwise intersects-with.</item>
/// </list>
/// </summary>
public sealed class MappingSuggester
{
    private const double PriorExponent = 2;
    private const double ChildWeight = 0.8;
    private static readonly double ParentLift = Math.Sqrt(ChildWeight);
    private const double Contained = 0.6;
    private const double NotContained = 0.4;

    private readonly Catalog _target;
    private readonly ImmutableArray<IndexedControl> _targets;
    private readonly ImmutableArray<HashSet<string>> _targetTerms;
    private readonly ITermAnalyzer _analyzer;
    private readonly List<IReadOnlyList<string>> _targetDocuments;
    private readonly int[] _parentIndex;

    public MappingSuggester(Catalog target, ITermAnalyzer analyzer)
    {
        _target = target;
        _analyzer = analyzer;
        _targets = [.. target.AllControls.Where(c => c.Control.Status == ControlStatus.Active)];
        var documents = _targets.AsParallel().AsOrdered().Select(c => analyzer.Terms(ControlDocument.Text(c))).ToList();
        _targetDocuments = documents;
        var positions = _targets.Select((t, i) => (t.Control.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _parentIndex = [.. _targets.Select(t => t.Parent is { } parent && positions.TryGetValue(parent.Id, out var at) ? at : -1)];
        Index = new Bm25Index(documents);
        _targetTerms = [.. documents.Select(d => d.ToHashSet(StringComparer.Ordinal))];
    }

    public Bm25Index Index { get; }

    /// <summary>The top <paramref name="top"/> targets for each active control of <paramref name="source"/>, in catalog order.</summary>
    public ImmutableArray<MappingSuggestion> Suggest(Catalog source, int top, MappingGraph? reviewed = null)
    {
        var controls = source.AllControls.Where(c => c.Control.Status == ControlStatus.Active).ToList();
        var prior = GroupPrior(controls);
        return [.. controls.AsParallel().AsOrdered().Select(c => SuggestFor(source.Ref, c, top, reviewed, prior).ToList()).ToList().SelectMany(s => s)];
    }

    /// <summary>
    /// How close each top-level group of the target (an SP 800-53 family, an ISM guideline) is to the source catalog
    /// as a whole, from 0 to 1: BM25 of all source text against each group's text. A catalog about software development
    /// sits closest to the families about acquisition and development, and that is where its mappings usually land.
    /// </summary>
    private double[] GroupPrior(List<IndexedControl> sourceControls)
    {
        var groups = _targets.Select(t => t.Groups.IsEmpty ? "" : t.Groups[0].Id).ToList();
        var names = groups.Distinct(StringComparer.Ordinal).ToList();
        var documents = names.Select(n => (IReadOnlyList<string>)[.. Enumerable.Range(0, _targets.Length).Where(i => groups[i] == n).SelectMany(i => _targetDocuments[i])]).ToList();
        var query = sourceControls.SelectMany(c => _analyzer.Terms(ControlDocument.Text(c))).ToList();
        var scores = new Bm25Index(documents).Score(query);
        var max = scores.Max();
        var byName = names.Select((n, i) => (n, max <= 0 ? 1 : Math.Pow(scores[i] / max, PriorExponent))).ToDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);
        return [.. groups.Select(g => byName[g])];
    }

    public IEnumerable<MappingSuggestion> SuggestFor(CatalogRef sourceCatalog, IndexedControl source, int top, MappingGraph? reviewed = null, double[]? prior = null)
    {
        var terms = _analyzer.Terms(ControlDocument.Text(source));
        var scores = Index.Score(terms);
        if (prior is not null)
        {
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] *= prior[i];
            }
        }

        var raw = (double[])scores.Clone();
        for (var i = 0; i < scores.Length; i++)
        {
            if (_parentIndex[i] >= 0)
            {
                scores[i] = raw[i] * ChildWeight;
                scores[_parentIndex[i]] = Math.Max(scores[_parentIndex[i]], raw[i] * ParentLift);
            }
        }
        var best = TopIndices(scores, top);
        var sourceKey = new ControlKey(sourceCatalog, source.Control.Id);
        var sourceTerms = terms.ToHashSet(StringComparer.Ordinal);
        for (var rank = 0; rank < best.Count; rank++)
        {
            var i = best[rank];
            var targetKey = new ControlKey(_target.Ref, _targets[i].Control.Id);
            var sourceInTarget = Containment(sourceTerms, _targetTerms[i]);
            var targetInSource = Containment(_targetTerms[i], sourceTerms);
            var relationship = (sourceInTarget >= Contained, targetInSource >= Contained) switch
            {
                (true, true) => Relationship.EquivalentTo,
                (true, false) when targetInSource < NotContained => Relationship.SubsetOf,
                (false, true) when sourceInTarget < NotContained => Relationship.SupersetOf,
                _ => Relationship.IntersectsWith,
            };
            var existing = reviewed?.Outgoing(sourceKey).FirstOrDefault(e => e.To == targetKey && e.Mapping.Provenance != Provenance.Suggested)?.Mapping;
            yield return new MappingSuggestion(sourceKey, targetKey, rank + 1, scores[i], relationship,
                Strength(rank, Math.Max(sourceInTarget, targetInSource)), sourceInTarget, targetInSource, existing);
        }
    }

    /// <summary>A suggestion's strength: at most 6, for a first-ranked pair with strong overlap; the tool never claims more than medium confidence.</summary>
    private static int Strength(int rank, double overlap) =>
        Math.Clamp((int)Math.Round(2 + (4 * overlap) - rank), 1, 6);

    private double Containment(HashSet<string> of, HashSet<string> within)
    {
        double total = 0, shared = 0;
        foreach (var term in of)
        {
            var weight = Index.Idf.GetValueOrDefault(term, 0);
            total += weight;
            if (within.Contains(term))
            {
                shared += weight;
            }
        }

        return total == 0 ? 0 : shared / total;
    }

    /// <summary>The indices of the highest scores, best first; ties go to the earlier control, so results are stable.</summary>
    private static List<int> TopIndices(double[] scores, int top)
    {
        var best = new List<int>(top + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && scores[best[at - 1]] < scores[i])
            {
                at--;
            }

            if (at < top)
            {
                best.Insert(at, i);
                if (best.Count > top)
                {
                    best.RemoveAt(top);
                }
            }
        }

        return best;
    }
}
