using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>A reviewed crosswalk to learn weights from or to measure on: its catalogs' space, its pairs and the level its targets use.</summary>
public sealed record CalibrationCase(string Name, SuggestionSpace Space, ILookup<string, string> Gold, ControlLevel Level);

/// <summary>
/// Learns <see cref="RankingParameters"/> from reviewed crosswalks: the weights of the grid with the highest recall@5,
/// averaged over the crosswalks each weighted by ln(1 + its pairs), then the highest mean reciprocal rank, then the
/// earlier in the grid. A crosswalk counts by the evidence it holds, with diminishing returns: the 351 derived SP 800-53
/// → ISMAP pairs weigh 3× the 7 Quad JPSS ones, not 50×. (Counting each crosswalk once put SSDF → ISMAP at recall@5
/// 0.13 out of sample; counting each pair once let SP 800-53 → ISMAP choose for everyone.)
/// Weights are fitted per target catalog: on the crosswalks into the same catalog when there are any, else on all. How
/// a catalog is written decides what helps there: the group prior lifts SSDF → SP 800-53 from recall@5 0.29 to 0.51 and
/// costs CISA form → SSDF 0.04; with SSDF's other crosswalk to learn from, the CISA form gets its own weights.
/// Every case is measured once under every weight (<see cref="Table"/>); fitting on any subset of the cases, such as all
/// but the one measured (leave one crosswalk out), then only averages rows of that table.
/// </summary>
public sealed class SuggestionCalibration
{
    private readonly IReadOnlyList<CalibrationCase> _cases;
    private readonly IReadOnlyList<RankingParameters> _grid;
    private readonly double[][][] _figures;
    private readonly double[] _weights;

    private SuggestionCalibration(IReadOnlyList<CalibrationCase> cases, IReadOnlyList<RankingParameters> grid, double[][][] figures)
    {
        _cases = cases;
        _grid = grid;
        _figures = figures;
        _weights = [.. cases.Select(c => Math.Log(1 + c.Gold.Sum(g => g.Count())))];
    }

    /// <summary>Measures every case under every weight the grid allows (semantic weights only if every case has a model).</summary>
    public static SuggestionCalibration Table(IReadOnlyList<CalibrationCase> cases, Func<RankingParameters, bool>? allowed = null)
    {
        var semantic = cases.Count > 0 && cases.All(c => c.Space.Model is not null);
        var grid = RankingParameters.Grid(semantic).Where(p => allowed is null || allowed(p)).DefaultIfEmpty(RankingParameters.Lexical).ToList();
        var figures = cases.AsParallel().AsOrdered()
            .Select(c => grid.Select(p => SuggestionQuality.Point(SuggestionQuality.Outcomes(c.Space, c.Gold, p, c.Level))).ToArray())
            .ToArray();
        return new SuggestionCalibration(cases, grid, figures);
    }

    /// <summary>The weights for ranking into <paramref name="target"/>: fitted on the cases into it, or on all when there are none.</summary>
    public RankingParameters For(CatalogRef target) => Fit(LearnFrom(_cases, c => c.Space.Target.Ref, target));

    /// <summary>The weights for measuring <paramref name="held"/>: fitted as <see cref="For"/> would be without it.</summary>
    public RankingParameters LeaveOneOut(CalibrationCase held) =>
        Fit(LearnFrom(_cases.Where(c => !ReferenceEquals(c, held)), c => c.Space.Target.Ref, held.Space.Target.Ref));

    /// <summary>The weights fitted on <paramref name="only"/> alone (the in-sample upper bound).</summary>
    public RankingParameters InSample(CalibrationCase only) => Fit([only]);

    /// <summary>What weights for ranking into <paramref name="target"/> are learned from: the crosswalks into it, or all when there are none.</summary>
    public static IReadOnlyList<T> LearnFrom<T>(IEnumerable<T> crosswalks, Func<T, CatalogRef> targetOf, CatalogRef target)
    {
        var all = crosswalks.ToList();
        var into = all.Where(c => targetOf(c) == target).ToList();
        return into.Count > 0 ? into : all;
    }

    private RankingParameters Fit(IReadOnlyList<CalibrationCase> fitOn)
    {
        var rows = Enumerable.Range(0, _cases.Count).Where(i => fitOn.Any(c => ReferenceEquals(c, _cases[i]))).ToList();
        if (rows.Count == 0)
        {
            return _grid[0];
        }

        var total = rows.Sum(i => _weights[i]);
        var best = 0;
        double bestRecall = -1, bestMrr = -1;
        for (var p = 0; p < _grid.Count; p++)
        {
            var recall = rows.Sum(i => _weights[i] * _figures[i][p][1]) / total;
            var mrr = rows.Sum(i => _weights[i] * _figures[i][p][4]) / total;
            if (recall > bestRecall + 1e-12 || (Math.Abs(recall - bestRecall) <= 1e-12 && mrr > bestMrr + 1e-12))
            {
                (best, bestRecall, bestMrr) = (p, recall, mrr);
            }
        }

        return _grid[best];
    }
}
