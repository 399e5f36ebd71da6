using System.Collections.Immutable;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Application.Suggestions;

/// <summary>How suggestions were made: the level, the weights and where they came from, and whether a model ran.</summary>
public sealed record SuggestionRun(
    SuggestionSpace Space,
    ImmutableArray<MappingSuggestion> Suggestions,
    ControlLevel Level,
    bool LevelInferred,
    RankingParameters Parameters,
    int CalibrationCrosswalks);

/// <summary>One reviewed crosswalk measured: with weights fitted on it alone (in sample) and on every other crosswalk (out of sample).</summary>
public sealed record PairEvaluation(
    string Name,
    ControlLevel Level,
    RankingParameters InSample,
    SuggestionQuality InSampleQuality,
    RankingParameters OutOfSample,
    SuggestionQuality OutOfSampleQuality);

/// <summary>
/// <c>map suggest</c> and its evaluation, for any front end: the reviewed crosswalks of a loaded standards set become
/// calibration cases (every crosswalk between two different catalogs with pairs the default policy counts), weights are
/// fitted on them, and the semantic add-on is used when it is installed and answers, with BM25 alone (and the reason)
/// when it is not.
/// </summary>
public sealed class SuggestionEngine
{
    private readonly HarmonisationSet _set;
    private readonly ITermAnalyzer _analyzer;
    private readonly ITextEmbedder? _embedder;
    private readonly string? _cacheFolder;
    private readonly Lazy<ImmutableArray<CalibrationCase>> _cases;

    private SuggestionEngine(HarmonisationSet set, ITermAnalyzer analyzer, ITextEmbedder? embedder, string? semanticOff, string? cacheFolder = null)
    {
        _cacheFolder = cacheFolder;
        _set = set;
        _analyzer = analyzer;
        _embedder = embedder;
        SemanticOff = semanticOff;
        _cases = new Lazy<ImmutableArray<CalibrationCase>>(BuildCases);
    }

    /// <summary>The model semantic scores come from, or null.</summary>
    public string? Model => _embedder?.Model;

    /// <summary>Why ranking is BM25 alone, when it is.</summary>
    public string? SemanticOff { get; }

    public ImmutableArray<CalibrationCase> Cases => _cases.Value;

    /// <summary>
    /// An engine for <paramref name="set"/>. With <paramref name="semantic"/>, the add-on is looked for and every text
    /// the run can need (the two catalogs and those of the reviewed crosswalks) is embedded up front, in one run of the
    /// model for whatever the cache lacks; any failure leaves BM25 alone, with the reason in <see cref="SemanticOff"/>.
    /// </summary>
    public static SuggestionEngine Create(HarmonisationSet set, ITermAnalyzer analyzer, bool semantic, string? addOnPath, string toolDirectory, string? cacheFolder, IEnumerable<Catalog> catalogs)
    {
        if (!semantic)
        {
            return new SuggestionEngine(set, analyzer, null, "semantic ranking was turned off (--semantic off)");
        }

        var addOn = SemanticAddOn.Find(addOnPath, toolDirectory, out var reason);
        if (addOn is null)
        {
            return new SuggestionEngine(set, analyzer, null, reason);
        }

        var folder = cacheFolder ?? EmbeddingCache.DefaultFolder();
        var embedder = new CachedEmbedder(addOn, EmbeddingCache.Open(folder, addOn.Model, addOn.Dimensions));
        var needed = catalogs.Concat(CaseCatalogs(set)).Distinct()
            .SelectMany(c => c.AllControls.Where(x => x.Control.Status == ControlStatus.Active && ControlDocument.HasText(x.Control)))
            .Select(ControlDocument.SemanticText).ToList();
        try
        {
            embedder.Embed(needed);
        }
        catch (SemanticAddOnException e)
        {
            return new SuggestionEngine(set, analyzer, null, $"the semantic add-on at {addOn.Path} failed: {e.Message}");
        }

        return new SuggestionEngine(set, analyzer, embedder, null, folder);
    }

    /// <summary>Suggestions for every ranked control of <paramref name="from"/>, with weights fitted on every reviewed crosswalk.</summary>
    public SuggestionRun Suggest(Catalog from, Catalog to, int top, ControlLevel? level)
    {
        var space = SuggestionSpace.Build(from, to, _analyzer, _embedder);
        var chosen = level ?? InferLevel(to.Ref, null);
        var (parameters, learnedFrom) = FittedParameters(to.Ref);
        return new SuggestionRun(space, MappingSuggester.Suggest(space, parameters, chosen, top, _analyzer, _set.Graph), chosen, level is null, parameters, learnedFrom);
    }

    /// <summary>
    /// The weights for ranking into <paramref name="target"/>, fitted on the reviewed crosswalks into it (or on all when
    /// there are none), read from the cache beside the embeddings when the inputs are unchanged.
    /// </summary>
    private (RankingParameters Parameters, int LearnedFrom) FittedParameters(CatalogRef target)
    {
        var crosswalks = GoldCrosswalks();
        var learnedFrom = SuggestionCalibration.LearnFrom(crosswalks, c => c.Target.Ref, target).Count;
        if (_embedder is null || _cacheFolder is null)
        {
            return (SuggestionCalibration.Table(Cases).For(target), learnedFrom);
        }

        var key = CalibrationCache.Key(_embedder.Model, target, crosswalks.Select(c => (c.Source, c.Target, (IReadOnlyList<(string, string)>)[.. c.Pairs.Select(p => (p.Source.ControlId, p.Target.ControlId))])));
        if (CalibrationCache.Read(_cacheFolder, key) is { } cached)
        {
            return (cached, learnedFrom);
        }

        var fitted = SuggestionCalibration.Table(Cases).For(target);
        CalibrationCache.Write(_cacheFolder, key, fitted);
        return (fitted, learnedFrom);
    }

    /// <summary>Every calibration case measured in and out of sample, optionally with the weights limited (to compare fusions).</summary>
    public ImmutableArray<PairEvaluation> Evaluate(Func<CalibrationCase, bool>? which = null, Func<RankingParameters, bool>? allowed = null) =>
        Evaluate(SuggestionCalibration.Table(Cases, allowed), which);

    private ImmutableArray<PairEvaluation> Evaluate(SuggestionCalibration table, Func<CalibrationCase, bool>? which) =>
        [.. Cases.Where(c => which is null || which(c)).Select(c =>
        {
            var inSample = table.InSample(c);
            var outOfSample = table.LeaveOneOut(c);
            return new PairEvaluation(c.Name, c.Level, inSample, Measure(c, inSample), outOfSample, Measure(c, outOfSample));
        })];

    private static SuggestionQuality Measure(CalibrationCase c, RankingParameters parameters) =>
        SuggestionQuality.Measure(SuggestionQuality.Outcomes(c.Space, c.Gold, parameters, c.Level));

    private static IEnumerable<(Crosswalk Crosswalk, Catalog Source, Catalog Target)> Crosswalks(HarmonisationSet set) =>
        set.Standards.Crosswalks
            .Where(x => x.Source.CatalogId != x.Target.CatalogId)
            .Select(x => (x, set.Standards.Catalogs.Find(x.Source), set.Standards.Catalogs.Find(x.Target)))
            .Where(t => t.Item2 is not null && t.Item3 is not null)
            .Select(t => (t.x, t.Item2!, t.Item3!));

    private static IEnumerable<Catalog> CaseCatalogs(HarmonisationSet set) => Crosswalks(set).SelectMany(t => new[] { t.Source, t.Target });

    private List<(Catalog Source, Catalog Target, List<(ControlKey Source, ControlKey Target)> Pairs)> GoldCrosswalks() =>
        [.. Crosswalks(_set)
            .Select(t => (t.Source, t.Target, Pairs: SuggestionQuality.Gold(_set.Graph, t.Source.Ref, t.Target.Ref).ToList()))
            .Where(t => t.Pairs.Count > 0)
            .DistinctBy(t => (t.Source.Ref, t.Target.Ref))];

    private ImmutableArray<CalibrationCase> BuildCases()
    {
        var gold = GoldCrosswalks();
        return [.. gold.AsParallel().AsOrdered().Select(t =>
        {
            var pairs = t.Pairs.ToLookup(p => p.Source.ControlId, p => p.Target.ControlId, StringComparer.Ordinal);
            var only = pairs.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var space = SuggestionSpace.Build(t.Source, t.Target, _analyzer, _embedder, only);
            return new CalibrationCase($"{t.Source.Ref} → {t.Target.Ref}", space, pairs, InferLevel(t.Target.Ref, (t.Source.Ref, t.Target.Ref)));
        })];
    }

    /// <summary>The level reviewed mappings into <paramref name="target"/> use, from every crosswalk but <paramref name="excluding"/>.</summary>
    private ControlLevel InferLevel(CatalogRef target, (CatalogRef, CatalogRef)? excluding)
    {
        var catalog = _set.Standards.Catalogs.Find(target);
        if (catalog is null)
        {
            return ControlLevel.Any;
        }

        var mapped = Crosswalks(_set)
            .Where(t => t.Target.Ref == target && (t.Source.Ref, t.Target.Ref) != excluding)
            .SelectMany(t => SuggestionQuality.Gold(_set.Graph, t.Source.Ref, target))
            .Select(p => catalog.Find(p.Target.ControlId))
            .OfType<IndexedControl>()
            .ToList();
        return ControlLevels.Infer(mapped);
    }
}
