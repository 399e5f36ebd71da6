namespace ProcurementBaseline.Harmonisation.Suggestions;

/// <summary>One target's place for one source control, with the parts its score is made of.</summary>
public readonly record struct RankedTarget(int Target, double Score, double Lexical, double Semantic, double Prior);

/// <summary>
/// Ranks a space's targets for one source control:
/// <list type="number">
/// <item>fuses BM25 with cosine similarity (<see cref="FusionMethod"/>), or takes BM25 alone without a model;</item>
/// <item>weights each target by its group prior raised to <see cref="RankingParameters.PriorExponent"/>;</item>
/// <item>applies the hierarchy weights (<see cref="RankingParameters.ChildWeight"/>), before keeping to the level asked,
/// so that an enhancement's words still lift its base control when only base controls are proposed.</item>
/// </list>
/// Ties go to the earlier control, so results are stable.
/// </summary>
public static class SuggestionRanker
{
    private const double ReciprocalRankConstant = 60;

    public static List<RankedTarget> Rank(SuggestionSpace space, int source, RankingParameters parameters, ControlLevel level, int top)
    {
        var lexical = space.Lexical[source];
        var semantic = parameters.SemanticWeight > 0 ? space.Semantic?[source] : null;
        var w = semantic is null ? 0 : parameters.SemanticWeight;
        var count = lexical.Length;
        var fused = new double[count];
        var lexicalMax = Max(lexical);
        var (semanticMin, semanticMax) = semantic is null ? (0f, 0f) : (Min(semantic), Max(semantic));
        var lexicalRanks = parameters.Fusion == FusionMethod.ReciprocalRank && semantic is not null ? space.Ranks(source, false) : null;
        var semanticRanks = lexicalRanks is null ? null : space.Ranks(source, true);
        for (var i = 0; i < count; i++)
        {
            double value;
            if (lexicalRanks is not null)
            {
                value = ((1 - w) / (ReciprocalRankConstant + lexicalRanks[i])) + (w / (ReciprocalRankConstant + semanticRanks![i]));
            }
            else
            {
                var lexicalPart = lexicalMax <= 0 ? 0 : lexical[i] / lexicalMax;
                var semanticPart = semantic is null || semanticMax <= semanticMin ? 0 : (semantic[i] - semanticMin) / (semanticMax - semanticMin);
                value = ((1 - w) * lexicalPart) + (w * semanticPart);
            }

            if (lexical[i] <= 0 && semantic is null)
            {
                value = 0;
            }

            fused[i] = value * Prior(space, i, parameters);
        }

        var scores = (double[])fused.Clone();
        var lift = Math.Sqrt(parameters.ChildWeight);
        for (var i = 0; i < count; i++)
        {
            if (space.Parent[i] >= 0)
            {
                scores[i] = fused[i] * parameters.ChildWeight;
                scores[space.Parent[i]] = Math.Max(scores[space.Parent[i]], fused[i] * lift);
            }
        }

        var best = new List<int>(top + 1);
        for (var i = 0; i < count; i++)
        {
            if (scores[i] <= 0 || !level.Includes(space.Targets[i]))
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

        var cosine = space.Semantic?[source];
        return [.. best.Select(i => new RankedTarget(i, scores[i], lexical[i], cosine is null ? double.NaN : cosine[i], Prior(space, i, parameters)))];
    }

    private static double Prior(SuggestionSpace space, int target, RankingParameters parameters) =>
        parameters.PriorExponent == 0 ? 1 : Math.Pow(space.GroupPrior[target], parameters.PriorExponent);

    private static float Max(float[] values)
    {
        var max = float.MinValue;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return values.Length == 0 ? 0 : max;
    }

    private static float Min(float[] values)
    {
        var min = float.MaxValue;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
        }

        return values.Length == 0 ? 0 : min;
    }
}
