using System.Text.Json;
using ProcurementBaseline.Cli;

namespace ProcurementBaseline.Tests.Commands;

[TestClass]
public sealed class CatalogCommandTests
{
    [TestMethod]
    public void Validate_ShippedStandards_IsClean()
    {
        var run = CliRunner.InRepository("catalog", "validate");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Out + run.Error);
        StringAssert.Contains(run.Out, "0 errors, 0 warnings");
    }

    [TestMethod]
    public void List_Json_HasTheExpectedCatalogsAndCounts()
    {
        var run = CliRunner.InRepository("catalog", "list", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var catalogs = json.RootElement.GetProperty("catalogs").EnumerateArray().ToDictionary(c => c.GetProperty("ref").GetString()!);
        Assert.AreEqual(1073, catalogs["asd-ism@2025.12.9"].GetProperty("controls-by-class").GetProperty("ISM-control").GetInt32());
        Assert.AreEqual(42, catalogs["nist-ssdf@1.1"].GetProperty("controls-by-class").GetProperty("task").GetInt32());
        Assert.IsGreaterThanOrEqualTo(1000, catalogs["nist-sp800-53@5.0.1"].GetProperty("controls").GetInt32());
        Assert.AreEqual("draft", catalogs["nist-ssdf@1.2-ipd"].GetProperty("status").GetString());
        Assert.AreEqual("extracted", catalogs["cisa-ssdaf@1.0"].GetProperty("fidelity").GetString());
    }

    [TestMethod]
    public void List_Text_ShowsFidelityColumn()
    {
        var run = CliRunner.InRepository("catalog", "list");

        StringAssert.Contains(run.Out, "FIDELITY");
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"nist-ssdf@1\.2-ipd\s+US\s+draft\s+extracted"));
    }

    [TestMethod]
    public void Show_ControlJson_CarriesStatementAndEffectiveFidelity()
    {
        var run = CliRunner.InRepository("catalog", "show", "asd-ism@2025.12.9", "ism-0400", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.AreEqual("Development, testing, staging and production environments are segregated.", json.RootElement.GetProperty("statement").GetProperty("en").GetString());
        Assert.AreEqual("verbatim", json.RootElement.GetProperty("fidelity").GetString());
        Assert.IsTrue(json.RootElement.GetProperty("fidelity-from-catalog").GetBoolean());
    }

    [TestMethod]
    public void Show_UnknownControl_ExitsWithInputError()
    {
        var run = CliRunner.InRepository("catalog", "show", "nist-ssdf@1.1", "XX.9");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "has no control 'XX.9'");
    }

    [TestMethod]
    [DataRow("catalog", "frobnicate")]
    [DataRow("catalog", "list", "--format", "xml")]
    [DataRow("catalog", "import-oscal", "x.json")]
    public void UsageError_ExitsWith2(params string[] args) =>
        Assert.AreEqual(ExitCodes.Usage, CliRunner.InRepository(args).ExitCode);

    [TestMethod]
    public void Validate_FolderWithProblemsInSeveralFiles_ReportsThemAllWithPositions()
    {
        var folder = Directory.CreateTempSubdirectory("procbase-").FullName;
        try
        {
            var good = File.ReadAllText(Path.Combine(RepositoryPaths.Standards, "catalogs", "us", "cisa-ssdaf", "1.0.yaml"));
            Directory.CreateDirectory(Path.Combine(folder, "cisa-ssdaf"));
            ProcurementBaseline.Application.IO.AtomicFileWriter.WriteText(Path.Combine(folder, "cisa-ssdaf", "1.0.yaml"), good.Replace("status: final", "status: finished", StringComparison.Ordinal).Replace("    title: 'Section III", "    titel: 'Section III", StringComparison.Ordinal));
            ProcurementBaseline.Application.IO.AtomicFileWriter.WriteText(Path.Combine(folder, "broken.yaml"), "kind: catalog\nid: [unclosed\n");

            var run = CliRunner.Invoke(folder, "catalog", "validate", ".");

            Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
            StringAssert.Contains(run.Out, "broken.yaml(3,1): error PB1002");
            StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"cisa-ssdaf/1\.0\.yaml\(\d+,9\): error PB1007: 'finished'"));
            StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"cisa-ssdaf/1\.0\.yaml\(\d+,5\): error PB1003: unknown key 'titel'"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    [TestCategory(TestCategories.RequiresSources)]
    public void ImportOscal_WritesTheShippedSsdfCatalogByteForByte()
    {
        var folder = Directory.CreateTempSubdirectory("procbase-").FullName;
        try
        {
            var shipped = Path.Combine(RepositoryPaths.Standards, "catalogs", "us", "nist-ssdf", "1.1.yaml");
            var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "scripts", "import-standards.sh"));
            var args = ScriptArguments(script, "NIST_SP800-218_ver1_catalog.json");
            var output = Path.Combine(folder, "out", "1.1.yaml");
            args[^1] = output;

            var run = CliRunner.Invoke(RepositoryPaths.Root, args);

            Assert.AreEqual(ExitCodes.Success, run.ExitCode, run.Error);
            var expected = File.ReadAllText(shipped).Split('\n', 2)[1];
            var actual = File.ReadAllText(output);
            Assert.AreEqual(expected, actual, "the shipped catalog differs from a fresh import: run scripts/import-standards.sh");
            Assert.IsEmpty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The script's own import-oscal line for one source, so this test checks what the script really runs.
    private static string[] ScriptArguments(string script, string sourceFile)
    {
        var joined = script.Replace("\\\n", " ", StringComparison.Ordinal);
        var line = joined.Split('\n').Single(l => l.TrimStart().StartsWith("procbase catalog import-oscal ", StringComparison.Ordinal) && l.Contains(sourceFile, StringComparison.Ordinal));
        var words = ShellWords(line.Trim()).Skip(1).Select(w => w.Replace("$S/", RepositoryPaths.Sources + "/", StringComparison.Ordinal)).ToArray();
        return words;
    }

    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
