using System.Text;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Attestations;
using ProcurementBaseline.Yaml.Catalogs;

namespace ProcurementBaseline.Tests.Reading;

/// <summary>
/// YAML a hostile vendor or a careless editor writes: nesting that would overflow the stack, alias bombs, characters
/// YAML forbids, the wrong encoding, tabs and typos, each one diagnostic at the right place (issue 12, items 2, 8, 15).
/// </summary>
[TestClass]
public sealed class HostileYamlTests
{
    private static readonly string Header = "kind: catalog\nschema-version: \"1\"\nid: x\nversion: \"1\"\ntitle: T\npublisher: P\njurisdiction: AU\nstatus: final\n"
        + "source: {url: u, licence: l, attribution: a, obtained: o, fidelity: verbatim}\n";

    private static List<Diagnostic> Catalog(string yaml) => [.. CatalogYamlReader.Read(Encoding.UTF8.GetBytes(yaml), "c.yaml").Diagnostics];

    private static List<Diagnostic> Attestation(byte[] bytes) => [.. AttestationYamlReader.Read(bytes, "a.yaml").Diagnostics];

    [TestMethod]
    [Timeout(30_000)]
    public void ThirtyThousandLevelsOfFlowNesting_IsOneDiagnostic_NotAStackOverflow()
    {
        var diagnostics = Attestation(Encoding.UTF8.GetBytes("kind: attestation\nvendor: " + new string('[', 30_000) + new string(']', 30_000) + "\n"));

        Assert.AreEqual("a.yaml(2,137): error PB1019: the YAML is nested more than 128 levels deep here; no file of these formats needs that, so the file is not read", diagnostics.Single().ToString());
    }

    [TestMethod]
    [Timeout(30_000)]
    public void ThirtyThousandLevelsOfBlockNesting_IsOneDiagnostic_NotAStackOverflow()
    {
        var diagnostics = Attestation(Encoding.UTF8.GetBytes("kind: attestation\nvendor:\n" + string.Concat(Enumerable.Repeat("- ", 30_000)) + "x\n"));

        Assert.AreEqual(DiagnosticCodes.NestingTooDeep, diagnostics.Single().Descriptor);
    }

    [TestMethod]
    public void NestingWithinTheCap_Reads()
    {
        var diagnostics = Catalog(Header + "groups:\n  - id: g\n    title: t\n    description: " + new string('[', 100) + new string(']', 100) + "\n");

        Assert.IsFalse(diagnostics.Any(d => d.Descriptor == DiagnosticCodes.NestingTooDeep));
    }

    [TestMethod]
    [Timeout(30_000)]
    public void NineLevelsOfNineAliases_InNestedGroups_AreRejectedOnce()
    {
        var yaml = new StringBuilder(Header).Append("groups:\n  - &g0 {id: g0, title: t}\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - &g{level} {{id: g{level}, title: t, groups: [{string.Join(", ", Enumerable.Repeat($"*g{level - 1}", 9))}]}}\n");
        }

        var diagnostics = Catalog(yaml.ToString());

        var bomb = diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.AliasExpansionTooLarge, bomb.Descriptor);
        StringAssert.Contains(bomb.Message, "would expand it to more than");
    }

    [TestMethod]
    public void AFewAliases_AreFine()
    {
        var diagnostics = Catalog(Header + "groups:\n  - &g {id: g, title: t}\n  - {id: h, title: t, groups: [*g]}\n");

        Assert.IsFalse(diagnostics.Any(d => d.Descriptor == DiagnosticCodes.AliasExpansionTooLarge));
    }

    [TestMethod]
    public void ATab_IsReportedAtTheTab()
    {
        var diagnostics = Catalog("kind: catalog\ngroups:\n  - id: a\n\ttitle: x\n");

        Assert.AreEqual("c.yaml(4,1): error PB1002: YAML syntax error: a tab character indents this line; YAML indents with spaces only", diagnostics.Single().ToString());
    }

    [TestMethod]
    [DataRow("id: a\0b", "c.yaml(2,6): error PB1021: the file contains a NUL character (U+0000), which YAML does not allow in a file; in a double-quoted string write it as an escape (\\0) if it is meant")]
    [DataRow("id: a\u001b[2Jb", "c.yaml(2,6): error PB1021: the file contains the control character U+001B, which YAML does not allow in a file; in a double-quoted string write it as an escape (\\e) if it is meant")]
    [DataRow("id: é\u0085ok\u0090", "c.yaml(2,9): error PB1021: the file contains the control character U+0090, which YAML does not allow in a file; in a double-quoted string write it as an escape (\\x90) if it is meant")]
    public void AForbiddenCharacter_IsNamedWhereItIs(string line, string expected)
    {
        Assert.AreEqual(expected, Catalog("kind: catalog\n" + line + "\n").Single().ToString());
    }

    [TestMethod]
    public void AUtf16File_IsNamedAsUtf16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("kind: attestation\n")).ToArray();

        Assert.AreEqual("a.yaml(1,1): error PB1022: the file is encoded as UTF-16 (little-endian); save it as UTF-8", Attestation(bytes).Single().ToString());
        StringAssert.Contains(Attestation(Encoding.BigEndianUnicode.GetBytes("kind: attestation\n")).Single().Message, "UTF-16 (big-endian, without a byte order mark)");
    }

    [TestMethod]
    public void InvalidUtf8_IsReportedWhereItIs()
    {
        var bytes = Encoding.UTF8.GetBytes("kind: attestation\nvendor: {name: ab").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("}\n")).ToArray();

        Assert.AreEqual("a.yaml(2,18): error PB1001: the file is not valid UTF-8: byte 0xC3 cannot start or continue a character", Attestation(bytes).Single().ToString());
    }

    [TestMethod]
    public void ATypoInAKey_GetsASuggestion()
    {
        var diagnostics = Catalog(Header.Replace("title: T", "titel: T", StringComparison.Ordinal));

        StringAssert.Contains(diagnostics.First(d => d.Descriptor == DiagnosticCodes.UnknownKey).Message, "; did you mean 'title'?");
    }

    [TestMethod]
    public void ATypoInAStatus_GetsASuggestion()
    {
        var yaml = "kind: attestation\nschema-version: \"1\"\nvendor: {name: V}\nproduct: {name: P, version: \"1\"}\ndate: \"2026-11-01\"\nsignatory: {name: S}\n"
            + "claims:\n  - control: nist-ssdf@1.1#PO.1.1\n    status: implemnted\n";

        var diagnostics = Attestation(Encoding.UTF8.GetBytes(yaml));

        StringAssert.EndsWith(diagnostics.Single(d => d.Descriptor == DiagnosticCodes.InvalidValue).Message, "; did you mean 'implemented'?");
    }
}
