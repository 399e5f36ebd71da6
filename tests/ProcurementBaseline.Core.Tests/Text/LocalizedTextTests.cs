using ProcurementBaseline.Text;

namespace ProcurementBaseline.Tests.Text;

[TestClass]
public sealed class LocalizedTextTests
{
    [TestMethod]
    public void Default_PrefersEnglishWhereverItWasGiven()
    {
        var text = LocalizedText.Create([new("ja", "情報セキュリティ"), new("en", "Information security")]);

        Assert.AreEqual("Information security", text.Default);
        Assert.AreEqual("en", text.Translations[0].Key);
        Assert.AreEqual("情報セキュリティ", text.Get("ja"));
        Assert.IsTrue(text.IsMultilingual);
    }

    [TestMethod]
    public void Default_WithoutEnglish_FallsBackToFirstLanguage() =>
        Assert.AreEqual("सुरक्षा", LocalizedText.Create([new("hi", "सुरक्षा")]).Default);

    [TestMethod]
    public void Equals_ComparesLanguagesAndValues()
    {
        Assert.AreEqual(LocalizedText.Of("a"), LocalizedText.Of("a"));
        Assert.AreNotEqual(LocalizedText.Of("a"), LocalizedText.Of("b"));
    }
}
