namespace ProcurementBaseline.Planning;

/// <summary>
/// The smallest set of controls such that every element has one option wholly inside it: set cover where an option
/// may need several controls together (a combined mapping). Branch and bound over the element with the fewest
/// options, with a lower bound from elements that share no control; exact when the search finishes inside its node
/// budget, otherwise the best found (at worst the greedy start) with the bound it proved. Deterministic: the budget
/// counts nodes, not time.
/// </summary>
public sealed class SetCover
{
    private readonly int[][][] _options;
    private readonly int _controls;
    private readonly int[] _cost;
    private readonly List<(int Element, int Option)>[] _containing;
    private readonly int[][] _missing;
    private readonly int[] _coveredBy;
    private readonly bool[] _chosen;
    private readonly ulong[][] _reach;
    private readonly int[] _byReach;
    private int _uncovered;
    private long _nodes;

    /// <param name="options">Per element, its options, each the controls (0 … controls-1) it needs together.</param>
    /// <param name="controls">How many controls there are.</param>
    /// <param name="preferred">Controls to prefer among covers of the same size.</param>
    public SetCover(int[][][] options, int controls, bool[] preferred)
    {
        _options = options;
        _controls = controls;
        _cost = [.. preferred.Select(p => p ? Scale : Scale + 1)];
        _containing = [.. Enumerable.Range(0, controls).Select(_ => new List<(int, int)>())];
        _missing = [.. options.Select(o => o.Select(x => x.Length).ToArray())];
        _coveredBy = new int[options.Length];
        _chosen = new bool[controls];
        _reach = new ulong[options.Length][];
        for (var e = 0; e < options.Length; e++)
        {
            _reach[e] = new ulong[(controls + 63) / 64];
            for (var o = 0; o < options[e].Length; o++)
            {
                foreach (var c in options[e][o])
                {
                    _containing[c].Add((e, o));
                    _reach[e][c / 64] |= 1UL << (c % 64);
                }
            }
        }

        _byReach = [.. Enumerable.Range(0, options.Length).OrderBy(e => _reach[e].Sum(w => System.Numerics.BitOperations.PopCount(w))).ThenBy(e => e)];
        _uncovered = options.Length;
    }

    /// <summary>A cover's cost: its size first, then how many of its controls are not preferred.</summary>
    private const int Scale = 1 << 16;

    /// <summary>The most search nodes the exact search visits before it settles for the best cover found.</summary>
    public const long NodeBudget = 200_000;

    public sealed record Result(int[] Controls, bool Optimal, int LowerBound, long Nodes);

    public Result Solve()
    {
        if (_options.Any(o => o.Length == 0))
        {
            throw new ArgumentException("Every element needs at least one option.");
        }

        var greedy = Greedy();
        var best = greedy;
        var bestCost = Cost(greedy);
        var rootBound = LowerBound();
        var chosen = new List<int>();
        var finished = Search(chosen, 0);
        return new Result([.. best.Order()], finished, finished ? best.Length : rootBound, _nodes);

        bool Search(List<int> picked, long cost)
        {
            if (++_nodes > NodeBudget)
            {
                return false;
            }

            if (_uncovered == 0)
            {
                if (cost < bestCost)
                {
                    (best, bestCost) = ([.. picked], cost);
                }

                return true;
            }

            if (cost + ((long)LowerBound() * Scale) >= bestCost)
            {
                return true;
            }

            var element = FewestOptions();
            var complete = true;
            foreach (var option in _options[element].Select((o, i) => (Needs: o.Where(c => !_chosen[c]).ToArray(), Index: i))
                .OrderBy(o => o.Needs.Sum(c => (long)_cost[c])).ThenBy(o => o.Index))
            {
                foreach (var c in option.Needs)
                {
                    Choose(c);
                    picked.Add(c);
                }

                complete &= Search(picked, cost + option.Needs.Sum(c => (long)_cost[c]));
                for (var i = option.Needs.Length - 1; i >= 0; i--)
                {
                    Unchoose(option.Needs[i]);
                    picked.RemoveAt(picked.Count - 1);
                }

                if (!complete)
                {
                    return false;
                }
            }

            return complete;
        }
    }

    private long Cost(int[] controls) => controls.Sum(c => (long)_cost[c]);

    /// <summary>Repeatedly the option that covers most new elements per unit of cost.</summary>
    private int[] Greedy()
    {
        var picked = new List<int>();
        while (_uncovered > 0)
        {
            var bestScore = double.MinValue;
            int[]? bestNeeds = null;
            for (var e = 0; e < _options.Length; e++)
            {
                if (_coveredBy[e] > 0)
                {
                    continue;
                }

                foreach (var option in _options[e])
                {
                    var needs = option.Where(c => !_chosen[c]).ToArray();
                    var gain = Gain(needs);
                    var score = (double)gain / needs.Sum(c => (long)_cost[c]);
                    if (score > bestScore)
                    {
                        (bestScore, bestNeeds) = (score, needs);
                    }
                }
            }

            foreach (var c in bestNeeds!)
            {
                Choose(c);
                picked.Add(c);
            }
        }

        var result = picked.ToArray();
        foreach (var c in picked.AsEnumerable().Reverse())
        {
            Unchoose(c);
        }

        return result;
    }

    /// <summary>How many uncovered elements choosing <paramref name="needs"/> would cover.</summary>
    private int Gain(int[] needs)
    {
        foreach (var c in needs)
        {
            Choose(c);
        }

        var gain = _options.Length - _uncovered;
        for (var i = needs.Length - 1; i >= 0; i--)
        {
            Unchoose(needs[i]);
        }

        return gain - (_options.Length - _uncovered);
    }

    /// <summary>Uncovered elements whose options share no control with each other's each need a control of their own.</summary>
    private int LowerBound()
    {
        var used = new ulong[(_controls + 63) / 64];
        var bound = 0;
        foreach (var e in _byReach)
        {
            if (_coveredBy[e] > 0)
            {
                continue;
            }

            var reach = _reach[e];
            var free = true;
            for (var w = 0; w < used.Length && free; w++)
            {
                free = (used[w] & reach[w]) == 0;
            }

            if (free)
            {
                bound++;
                for (var w = 0; w < used.Length; w++)
                {
                    used[w] |= reach[w];
                }
            }
        }

        return bound;
    }

    private int FewestOptions()
    {
        var best = -1;
        for (var e = 0; e < _options.Length; e++)
        {
            if (_coveredBy[e] == 0 && (best < 0 || _options[e].Length < _options[best].Length))
            {
                best = e;
            }
        }

        return best;
    }

    private void Choose(int control)
    {
        _chosen[control] = true;
        foreach (var (e, o) in _containing[control])
        {
            if (--_missing[e][o] == 0 && _coveredBy[e]++ == 0)
            {
                _uncovered--;
            }
        }
    }

    private void Unchoose(int control)
    {
        _chosen[control] = false;
        foreach (var (e, o) in _containing[control])
        {
            if (_missing[e][o]++ == 0 && --_coveredBy[e] == 0)
            {
                _uncovered++;
            }
        }
    }
}
