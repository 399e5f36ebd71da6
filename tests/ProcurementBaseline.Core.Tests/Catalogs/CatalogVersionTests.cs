using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Tests.Catalogs;

[TestClass]
public sealed class CatalogVersionTests
{
    [TestMethod]
    [DataRow("2025.12.9")]
    [DataRow("1.1")]
    [DataRow("1.2-ipd")]
    [DataRow("5.0.1")]
    [DataRow("1")]
    [DataRow("2.0-rc.1")]
    public void TryParse_ValidVersion_Succeeds(string text)
    {
        Assert.IsTrue(CatalogVersion.TryParse(text, out var version));
        Assert.AreEqual(text, version.Text);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("v1.1")]
    [DataRow("1..1")]
    [DataRow("1.1-")]
    [DataRow("1.1-IPD")]
    [DataRow("1.1 ")]
    [DataRow(".1")]
    [DataRow("1.1-.a")]
    [DataRow("1234567890.1")]
    public void TryParse_InvalidVersion_Fails(string text) =>
        Assert.IsFalse(CatalogVersion.TryParse(text, out _));

    [TestMethod]
    [DataRow("1.1", "1.2-ipd")]
    [DataRow("1.2-ipd", "1.2")]
    [DataRow("2025.3.1", "2025.12.9")]
    [DataRow("1.9", "1.10")]
    [DataRow("5.0", "5.0.1")]
    public void CompareTo_OrdersNumericallyWithLabelsFirst(string lower, string higher)
    {
        Assert.IsTrue(CatalogVersion.Parse(lower) < CatalogVersion.Parse(higher));
        Assert.IsTrue(CatalogVersion.Parse(higher) > CatalogVersion.Parse(lower));
    }

    [TestMethod]
    public void CatalogRef_ParsesIdAndVersion()
    {
        Assert.IsTrue(CatalogRef.TryParse("nist-ssdf@1.2-ipd", out var reference));
        Assert.AreEqual("nist-ssdf", reference.CatalogId);
        Assert.AreEqual("1.2-ipd", reference.Version.Text);
        Assert.AreEqual("nist-ssdf@1.2-ipd", reference.ToString());
        Assert.IsFalse(CatalogRef.TryParse("Nist@1.1", out _));
        Assert.IsFalse(CatalogRef.TryParse("nist-ssdf", out _));
    }
}
