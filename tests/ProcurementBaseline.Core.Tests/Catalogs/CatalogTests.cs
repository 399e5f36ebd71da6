using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Tests.Catalogs;

[TestClass]
public sealed class CatalogTests
{
    internal static Catalog Sample(params ControlGroup[] groups) => new()
    {
        Id = "sample",
        Title = LocalizedText.Of("Sample"),
        Publisher = "Tests",
        Jurisdiction = Jurisdiction.AU,
        Version = CatalogVersion.Parse("1.0"),
        Released = new DateOnly(2025, 1, 1),
        Status = CatalogStatus.Final,
        Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        Groups = [.. groups],
    };

    internal static Control Control(string id, params Control[] children) =>
        new() { Id = id, Title = LocalizedText.Of(id), Controls = [.. children] };

    [TestMethod]
    public void Find_NestedControl_ReturnsItWithParentAndGroups()
    {
        var inner = new ControlGroup { Id = "inner", Title = LocalizedText.Of("Inner"), Controls = [Control("A-1", Control("A-1(1)"))] };
        var catalog = Sample(new ControlGroup { Id = "outer", Title = LocalizedText.Of("Outer"), Groups = [inner] });

        var found = catalog.Find("A-1(1)");

        Assert.IsNotNull(found);
        Assert.AreEqual("A-1", found.Parent?.Id);
        CollectionAssert.AreEqual(new[] { "outer", "inner" }, found.Groups.Select(g => g.Id).ToArray());
        Assert.AreEqual(2, catalog.ControlCount);
        CollectionAssert.AreEqual(new[] { "A-1", "A-1(1)" }, catalog.AllControls.Select(c => c.Id).ToArray());
    }

    [TestMethod]
    public void With_NewGroups_RebuildsTheIndex()
    {
        var catalog = Sample(new ControlGroup { Id = "g", Title = LocalizedText.Of("G"), Controls = [Control("A-1")] });
        Assert.IsNotNull(catalog.Find("A-1"));

        var changed = catalog with { Groups = [new ControlGroup { Id = "g", Title = LocalizedText.Of("G"), Controls = [Control("B-1")] }] };

        Assert.IsNull(changed.Find("A-1"));
        Assert.IsNotNull(changed.Find("B-1"));
        Assert.IsNotNull(catalog.Find("A-1"));
    }

    [TestMethod]
    public void CatalogLibrary_ResolvesBareIdToLatestFinalVersion()
    {
        var v11 = Sample() with { Id = "ssdf", Version = CatalogVersion.Parse("1.1") };
        var v12Draft = Sample() with { Id = "ssdf", Version = CatalogVersion.Parse("1.2-ipd"), Status = CatalogStatus.Draft };
        var library = new CatalogLibrary([v12Draft, v11]);

        Assert.AreEqual("1.1", library.Resolve("ssdf")?.Version.Text);
        Assert.AreEqual("1.2-ipd", library.Resolve("ssdf@1.2-ipd")?.Version.Text);
        Assert.IsNull(library.Resolve("ssdf@9.9"));
        CollectionAssert.AreEqual(new[] { "1.1", "1.2-ipd" }, library.Catalogs.Select(c => c.Version.Text).ToArray());
    }
}
