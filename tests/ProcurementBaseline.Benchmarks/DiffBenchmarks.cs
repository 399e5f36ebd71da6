using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Analysis;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Text;
using ProcurementBaseline.Versions;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// A diff of two synthetic 1,000-control versions with 5% edits (statements reworded, ids renamed, controls added,
/// removed and withdrawn), target under 1 s, beside the floor of normalising every statement of both versions once.
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private Catalog _old = null!;
    private Catalog _new = null!;

    [GlobalSetup]
    public void Setup() => (_old, _new) = SyntheticVersions.Pair(1000, editShare: 0.05, seed: 42);

    [Benchmark(Baseline = true, Description = "floor: normalise every statement of both versions")]
    public int FloorNormalise() =>
        _old.AllControls.Concat(_new.AllControls).Sum(c => TextComparison.Normalise(c.Control.Statement?.Default).Length);

    [Benchmark(Description = "diff two 1,000-control versions with 5% edits")]
    public int Diff() => CatalogDiff.Compare(_old, _new, new DiffPlexWordDiffer()).Changes.Length;
}

/// <summary>Two versions of a made-up catalog, the second with a given share of controls edited in the ways catalogs change.</summary>
internal static class SyntheticVersions
{
    private static readonly string[] Words =
        "the system software developer organisation shall ensure that all access events logs are reviewed protected encrypted retained tested patched within days of release using approved cryptographic mechanisms and multi factor authentication for privileged users administrators accounts backups configuration changes vulnerabilities".Split(' ');

    public static (Catalog Old, Catalog New) Pair(int count, double editShare, int seed)
    {
        var random = new Random(seed);
        var controls = Enumerable.Range(1, count).Select(i => (Id: $"C-{i:0000}", Text: Sentence(random, 25 + random.Next(20)))).ToList();
        var edited = controls.Select(c => (c.Id, c.Text, Status: ControlStatus.Active, Successor: (string?)null)).ToList();
        var edits = (int)(count * editShare);
        for (var e = 0; e < edits; e++)
        {
            var i = random.Next(edited.Count);
            edited[i] = (e % 5) switch
            {
                0 => edited[i] with { Text = Reword(random, edited[i].Text) },
                1 => edited[i] with { Id = $"R-{i:0000}" },
                2 => edited[i] with { Status = ControlStatus.Withdrawn, Successor = edited[(i + 1) % count].Id },
                3 => edited[i] with { Text = edited[i].Text + " " + Sentence(random, 8) },
                _ => edited[i],
            };
        }

        for (var a = 0; a < edits / 5; a++)
        {
            edited.Add(($"N-{a:000}", Sentence(random, 30), ControlStatus.Active, null));
        }

        edited.RemoveAll(c => c.Id.EndsWith('7') && random.NextDouble() < 0.05);
        return (Build("1", controls.Select(c => Control(c.Id, c.Text, ControlStatus.Active, null))),
                Build("2", edited.Select(c => Control(c.Id, c.Text, c.Status, c.Successor))));
    }

    private static string Sentence(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";

    private static string Reword(Random random, string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < 3; i++)
        {
            words[random.Next(words.Length)] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', words);
    }

    private static Control Control(string id, string text, ControlStatus status, string? successor) => new()
    {
        Id = id,
        Title = LocalizedText.Of(id),
        Statement = LocalizedText.Of(text),
        Status = status,
        Successors = successor is null ? [] : [new ControlSuccessor(SuccessorKind.IncorporatedInto, successor)],
    };

    private static Catalog Build(string version, IEnumerable<Control> controls) => new()
    {
        Id = "synthetic",
        Title = LocalizedText.Of("Synthetic"),
        Publisher = "Benchmarks",
        Jurisdiction = Jurisdiction.AU,
        Version = CatalogVersion.Parse(version),
        Status = CatalogStatus.Final,
        Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        Groups = [new ControlGroup { Id = "g", Title = LocalizedText.Of("g"), Controls = [.. controls] }],
    };
}
