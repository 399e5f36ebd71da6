using ProcurementBaseline.Fuzz;

namespace ProcurementBaseline.Tests.Fuzz;

/// <summary>
/// Every seed of the fuzz corpus and every input the fuzzer ever crashed or hung on, through the same targets: each
/// must now read without an exception (scripts/fuzz.sh adds what it finds to tests/ProcurementBaseline.Fuzz/regressions).
/// </summary>
[TestClass]
public sealed class FuzzCorpusTests
{
    private static readonly string Harness = Path.Combine(RepositoryPaths.Root, "tests", "ProcurementBaseline.Fuzz");

    public static IEnumerable<object[]> Inputs() =>
        from folder in new[] { "corpus", "regressions" }
        let root = Path.Combine(Harness, folder)
        where Directory.Exists(root)
        from target in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)
        from file in Directory.EnumerateFiles(target).Order(StringComparer.Ordinal)
        select new object[] { Path.GetFileName(target), Path.GetRelativePath(Harness, file) };

    [TestMethod]
    [DynamicData(nameof(Inputs))]
    [Timeout(60_000)]
    public void EachInput_IsReadWithoutAnException(string target, string file)
    {
        FuzzTargets.All[target](File.ReadAllBytes(Path.Combine(Harness, file)));
    }

    [TestMethod]
    public void EveryTarget_HasASeed()
    {
        foreach (var target in FuzzTargets.All.Keys)
        {
            Assert.IsNotEmpty(Directory.EnumerateFiles(Path.Combine(Harness, "corpus", target)), target);
        }
    }
}
