using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// Building the mapping graph over every shipped catalog and crosswalk, beside the floor of putting the same mapping
/// pairs into a plain dictionary; and inference for 1,000 satisfied controls across all catalogs, beside the floor of
/// visiting each one's outgoing mappings once.
/// </summary>
[MemoryDiagnoser]
public class HarmonisationBenchmarks
{
    private MappingGraph _graph = null!;
    private Application.Standards.StandardsSet _standards = null!;
    private List<SatisfiedControl> _satisfied = [];

    [GlobalSetup]
    public void Setup()
    {
        _standards = Shipped.Standards;
        _graph = Shipped.Graph();
        var mapped = _graph.MappedControls.Order().ToList();
        var others = Shipped.Standards.Catalogs.Catalogs.SelectMany(c => c.AllControls.Select(i => new ControlKey(c.Ref, i.Control.Id))).Except(mapped).Order().ToList();
        _satisfied = [.. mapped.Concat(others.Where((_, i) => i % 3 == 0)).Take(1000).Select(k => new SatisfiedControl(k))];
        if (_satisfied.Count != 1000)
        {
            throw new InvalidOperationException("Fewer than 1,000 controls to satisfy.");
        }
    }

    [Benchmark(Description = "floor: mapping pairs into a dictionary")]
    public int FloorDictionaryOfPairs()
    {
        var pairs = new Dictionary<(string, string, string, string), Mapping>();
        foreach (var crosswalk in _standards.Crosswalks)
        {
            foreach (var mapping in crosswalk.Mappings)
            {
                foreach (var (s, t) in mapping.Pairs)
                {
                    pairs[(crosswalk.Source.ToString(), s, crosswalk.Target.ToString(), t)] = mapping;
                }
            }
        }

        return pairs.Count;
    }

    [Benchmark(Description = "build the mapping graph (all shipped catalogs and crosswalks)")]
    public int BuildGraph() => MappingGraph.Build(_standards.Catalogs, _standards.Crosswalks).EdgeCount;

    [Benchmark(Description = "floor: visit the outgoing mappings of 1,000 controls")]
    public int FloorOneHop() => _satisfied.Sum(s => _graph.Outgoing(s.Control).Length);

    [Benchmark(Description = "infer coverage from 1,000 satisfied controls (valley-free, 4 hops)")]
    public int Infer1000() => new CoverageInference(_graph, MappingPolicy.Default).Infer(_satisfied).Count;
}
