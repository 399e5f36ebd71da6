using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Tests.Reading;

/// <summary>The real SBOMs in ../shared/sources/sbom/examples, read in every format, with their CERT-In field shares (counted independently).</summary>
[TestClass]
public sealed class ExampleSbomTests
{
    private const string Empty = " patch-status:0/{0} release-date:0/{0} end-of-life-date:0/{0} criticality:0/{0} usage-restrictions:0/{0}";

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    [DataRow("cyclonedx/dropwizard-1.3.15.bom.json", SbomFormat.CycloneDxJson, "1.2", 167,
        "component-name:167/167 component-version:167/167 component-description:142/167 component-supplier:90/167 component-license:133/167 component-origin:0/167 component-dependencies:167/167 vulnerabilities:0/1")]
    [DataRow("cyclonedx/cern-lhc-vdm-editor.bom.json", SbomFormat.CycloneDxJson, "1.2", 43,
        "component-name:43/43 component-version:43/43 component-description:43/43 component-supplier:0/43 component-license:43/43 component-origin:0/43 component-dependencies:0/43 vulnerabilities:0/1")]
    [DataRow("cyclonedx/cern-lhc-vdm-editor.bom.xml", SbomFormat.CycloneDxXml, "1.2", 43,
        "component-name:43/43 component-version:43/43 component-description:43/43 component-supplier:0/43 component-license:43/43 component-origin:0/43 component-dependencies:0/43 vulnerabilities:0/1")]
    [DataRow("cyclonedx/laravel-7.12.0.bom.1.2.json", SbomFormat.CycloneDxJson, "1.2", 62,
        "component-name:62/62 component-version:62/62 component-description:62/62 component-supplier:59/62 component-license:62/62 component-origin:0/62 component-dependencies:62/62 vulnerabilities:0/1")]
    [DataRow("cyclonedx/laravel-7.12.0.bom.1.4.json", SbomFormat.CycloneDxJson, "1.4", 62,
        "component-name:62/62 component-version:62/62 component-description:62/62 component-supplier:59/62 component-license:62/62 component-origin:0/62 component-dependencies:62/62 vulnerabilities:0/1")]
    [DataRow("cyclonedx/proton-bridge-v1.8.0.bom.json", SbomFormat.CycloneDxJson, "1.2", 201,
        "component-name:201/201 component-version:201/201 component-description:0/201 component-supplier:0/201 component-license:193/201 component-origin:0/201 component-dependencies:201/201 vulnerabilities:0/1")]
    [DataRow("cyclonedx/hbom-pcie-sata-adapter.bom.json", SbomFormat.CycloneDxJson, "1.4", 6,
        "component-name:6/6 component-version:1/6 component-description:6/6 component-supplier:6/6 component-license:0/6 component-origin:0/6 component-dependencies:0/6 vulnerabilities:0/1")]
    [DataRow("cyclonedx/cbom-example-with-dependencies.bom.json", SbomFormat.CycloneDxJson, "1.6", 3,
        "component-name:3/3 component-version:2/3 component-description:0/3 component-supplier:0/3 component-license:0/3 component-origin:0/3 component-dependencies:3/3 vulnerabilities:0/1")]
    [DataRow("spdx/SPDXJSONExample-v2.3.spdx.json", SbomFormat.Spdx2Json, "SPDX-2.3", 4,
        "component-name:4/4 component-version:3/4 component-description:2/4 component-supplier:1/4 component-license:2/4 component-origin:1/4 component-dependencies:2/4 vulnerabilities:0/1")]
    [DataRow("spdx/spdx-3.0-package_sbom.json", SbomFormat.Spdx3JsonLd, "3.0.1", 1,
        "component-name:1/1 component-version:1/1 component-description:0/1 component-supplier:1/1 component-license:0/1 component-origin:1/1 component-dependencies:1/1 vulnerabilities:0/1")]
    public void Example_IsReadWithItsCertInFieldShares(string file, SbomFormat format, string version, int components, string firstEight)
    {
        var check = SbomTestKit.CheckFile(RepositoryPaths.Source("sbom", "examples", file));

        Assert.IsTrue(check.Readable, string.Join("\n", check.Diagnostics));
        Assert.AreEqual((format, version, components), (check.Metadata!.Format, check.Metadata.SpecVersion, check.Components));
        StringAssert.StartsWith(check.Shares("certin@1.0"), firstEight);
        Assert.IsFalse(check.Profile("certin@1.0")!.Complete, "no generator of 2020-2024 fills CERT-In's fields");
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void TheJsonAndXmlOfOneBom_GiveTheSameInventory()
    {
        var json = SbomTestKit.CheckFile(RepositoryPaths.Source("sbom", "examples", "cyclonedx", "cern-lhc-vdm-editor.bom.json"));
        var xml = SbomTestKit.CheckFile(RepositoryPaths.Source("sbom", "examples", "cyclonedx", "cern-lhc-vdm-editor.bom.xml"));

        foreach (var profile in SbomTestKit.Profiles)
        {
            Assert.AreEqual(json.Shares(profile.Key), xml.Shares(profile.Key), profile.Key);
        }
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void ARealDependencyCycle_IsAWarningNamingIt()
    {
        var check = SbomTestKit.CheckFile(RepositoryPaths.Source("sbom", "examples", "cyclonedx", "proton-bridge-v1.8.0.bom.json"));

        var cycle = check.Diagnostics.Single(d => d.Code == "PB1907");
        StringAssert.Contains(cycle.Message, "github.com/ugorji/go@v1.1.7 → github.com/ugorji/go/codec@v1.1.7 → github.com/ugorji/go@v1.1.7");
        Assert.IsTrue(check.Readable);
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void NtiaShares_OfTheJavaProject_ReadSupplierFromItsFallbacks()
    {
        var check = SbomTestKit.CheckFile(RepositoryPaths.Source("sbom", "examples", "cyclonedx", "dropwizard-1.3.15.bom.json"));

        Assert.AreEqual("supplier:90/167 component-name:167/167 version:167/167 unique-identifier:167/167 dependencies:167/167 author:0/1 timestamp:1/1", check.Shares("ntia@2021"));
        Assert.AreEqual(79.1, check.Profile("ntia@2021")!.Score);
    }

    [TestMethod]
    public void TheSamples_DeltaIsCertInComplete_CharlieFailsOnNamedFields()
    {
        var delta = SbomTestKit.CheckFile(Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four", "evidence", "sbom.cdx.json"));
        var charlie = SbomTestKit.CheckFile(Path.Combine(RepositoryPaths.Root, "samples", "charlie-poam", "evidence", "sbom.cdx.json"));

        Assert.IsTrue(delta.Profile("certin@1.0")!.Complete, delta.Shares("certin@1.0"));
        Assert.AreEqual(24, delta.Components);
        Assert.IsTrue(charlie.Profile("ntia@2021")!.Complete, charlie.Shares("ntia@2021"));
        CollectionAssert.AreEqual(
            new[] { "component-description", "component-origin", "patch-status", "release-date", "end-of-life-date", "criticality", "usage-restrictions", "comments", "executable-property", "archive-property", "structured-property" },
            charlie.Profile("certin@1.0")!.MissingRequired().Select(f => f.Field.Id).ToArray());
    }
}
