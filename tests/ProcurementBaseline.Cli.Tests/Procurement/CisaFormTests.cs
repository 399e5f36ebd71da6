using System.Security.Cryptography;
using System.Text.Json;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Procurement;

/// <summary>A US producer fills CISA's common form with procbase and sees it carried onto the SSDF and beyond (issue 15, item 6).</summary>
[TestClass]
public sealed class CisaFormTests
{
    [TestMethod]
    public void TheFormFilledIn_PassesTheFormBaseline_AndCarriesOntoTheSsdfTasksThroughTheFormsAppendix()
    {
        using var folder = new TempStandards(withCatalogs: false);
        var file = Path.Combine(folder.Root, "attestation.yaml");
        var evidence = folder.Write("evidence/sdlc.md", "Our secure development standard.\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(evidence)));

        var init = CliRunner.InRepository("attest", "init", "-b", "cisa-ssdaf-form", "--vendor", "Producer Inc.", "--product", "Service", "--date", "2026-11-20", "--out", file);
        var skeleton = File.ReadAllText(file);
        folder.Write("attestation.yaml", skeleton.Replace("    status: not-implemented",
            $"    status: implemented\n    evidence:\n      - {{title: SDLC, path: evidence/sdlc.md, sha256: {sha}, issued: \"2026-11-01\", expires: \"2027-11-01\"}}", StringComparison.Ordinal));
        var run = CliRunner.InRepository("assess", file, "-b", "cisa-ssdaf-form,us-federal-software,au-software-supplier", "--as-of", "2026-11-26", "--format", "json");

        Assert.AreEqual(ExitCodes.Success, init.ExitCode, init.Error);
        Assert.AreEqual(13, skeleton.Split("  - control: cisa-ssdaf@1.0#III.").Length - 1, "one claim per item of section III");
        using var json = JsonDocument.Parse(run.Out);
        var baselines = json.RootElement.GetProperty("baselines").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetString()!);
        Assert.AreEqual("pass", baselines["cisa-ssdaf-form"].GetProperty("verdict").GetString());
        var us = baselines["us-federal-software"];
        Assert.AreEqual(31, us.GetProperty("counts").GetProperty("partially-met").GetInt32(), "every SSDF task of the US baseline is reached, in part: the appendix relates, it does not equate");
        var po51 = us.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("control").GetString() == "nist-ssdf@1.1#PO.5.1");
        StringAssert.StartsWith(po51.GetProperty("path")[0].GetProperty("from").GetString(), "cisa-ssdaf@1.0#III.1");
        Assert.IsGreaterThan(0, baselines["au-software-supplier"].GetProperty("counts").GetProperty("partially-met").GetInt32(), "and on to the ISM");
    }
}
