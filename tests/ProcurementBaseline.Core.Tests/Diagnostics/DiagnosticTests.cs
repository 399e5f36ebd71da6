using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Tests.Diagnostics;

[TestClass]
public sealed class DiagnosticTests
{
    [TestMethod]
    public void ToString_UsesCompilerStyleLocation()
    {
        var diagnostic = Diagnostic.Create(DiagnosticCodes.UnknownKey, new SourceLocation("standards/x.yaml", 12, 5), "titel", "control", "id, title");

        Assert.AreEqual("standards/x.yaml(12,5): error PB1003: unknown key 'titel' in control; expected one of: id, title", diagnostic.ToString());
    }

    [TestMethod]
    public void Codes_AreUniqueAndWellFormed()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.AreEqual(codes.Count, codes.Distinct().Count());
        Assert.IsTrue(codes.All(c => c.Length == 6 && c.StartsWith("PB", StringComparison.Ordinal) && c[2..].All(char.IsAsciiDigit)));
    }

    [TestMethod]
    public void Bag_SortsByFileLineColumnAndTracksErrors()
    {
        var bag = new DiagnosticBag();
        bag.Add(DiagnosticCodes.NoInputFiles, new SourceLocation("b", 1, 1), "x");
        Assert.IsFalse(bag.HasErrors);
        bag.Add(DiagnosticCodes.BadDate, new SourceLocation("a", 9, 2), "x");
        bag.Add(DiagnosticCodes.BadDate, new SourceLocation("a", 3, 7), "y");

        Assert.IsTrue(bag.HasErrors);
        CollectionAssert.AreEqual(new[] { 3, 9, 1 }, bag.ToImmutableSorted().Select(d => d.Location.Line).ToArray());
    }
}
