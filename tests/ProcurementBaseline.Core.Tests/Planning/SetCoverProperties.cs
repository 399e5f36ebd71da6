using CsCheck;
using ProcurementBaseline.Planning;

namespace ProcurementBaseline.Tests.Planning;

/// <summary>The planner's solver against brute force on small instances: it must find a smallest cover and say it is optimal.</summary>
[TestClass]
public sealed class SetCoverProperties
{
    private const int Controls = 9;

    private static readonly Gen<int[][][]> Instances =
        Gen.Int[0, Controls - 1].Array[1, 3].Select(o => o.Distinct().ToArray()).Array[1, 3].Array[1, 8];

    [TestMethod]
    public void FindsASmallestCover_AsBruteForceDoes() => Gen.Select(Instances, Gen.Bool.Array[Controls]).Sample(iter: 3_000, assert: sample =>
    {
        var (options, preferred) = sample;
        var result = new SetCover(options, Controls, preferred).Solve();

        var smallest = Enumerable.Range(0, 1 << Controls)
            .Where(mask => options.All(e => e.Any(o => o.All(c => (mask & (1 << c)) != 0))))
            .Select(mask => (Size: System.Numerics.BitOperations.PopCount((uint)mask), Preferred: Enumerable.Range(0, Controls).Count(c => (mask & (1 << c)) != 0 && preferred[c])))
            .OrderBy(m => m.Size).ThenByDescending(m => m.Preferred).First();
        Assert.IsTrue(result.Optimal);
        Assert.AreEqual(smallest.Size, result.Controls.Length, "a smallest cover");
        Assert.AreEqual(smallest.Preferred, result.Controls.Count(c => preferred[c]), "with as many preferred controls as a smallest cover can have");
        Assert.IsTrue(options.All(e => e.Any(o => o.All(result.Controls.Contains))), "it covers every element");
        Assert.AreEqual(result.Controls.Length, result.LowerBound);
    });

    [TestMethod]
    public void AnOptionNeedingSeveralControls_CountsOnlyWhole()
    {
        // Element 0 is met by {0, 1} together or by {2}; element 1 by {0} or {3}; element 2 by {1} or {4}.
        int[][][] options = [[[0, 1], [2]], [[0], [3]], [[1], [4]]];

        var result = new SetCover(options, 5, new bool[5]).Solve();

        CollectionAssert.AreEqual(new[] { 0, 1 }, result.Controls, "claiming 0 and 1 meets all three");
    }
}
