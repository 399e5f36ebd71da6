using CsCheck;
using ProcurementBaseline.Tests.Commands;
using ProcurementBaseline.Tests.Hostile;

namespace ProcurementBaseline.Tests.Properties;

/// <summary>
/// The same inputs and as-of date give byte-identical outputs: across runs, and whether submissions are assessed one
/// at a time or several at once (issue 12: property tests), for generated submissions of every claim status.
/// </summary>
[TestClass]
public sealed class AssessDeterminismProperties
{
    private static readonly string[] Controls = ["PO.1.1", "PO.1.3", "PO.3.1", "PO.3.2", "PO.5.1", "PS.1.1", "PW.4.1", "PW.7.1", "RV.1.1", "RV.2.2"];

    private static readonly Gen<string> Claim = Gen.Select(Gen.OneOf(Controls), Gen.Int[0, 4], Texts.NonBlank, Gen.Int[-400, 400], (control, status, text, days) =>
    {
        var date = new DateOnly(2026, 11, 26).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return status switch
        {
            0 => $"  - control: nist-ssdf@1.1#{control}\n    status: implemented\n    statement: {HostileSubmission.Quote(text)}\n    evidence:\n      - {{title: {HostileSubmission.Quote(text)}, uri: \"https://vendor.example/e\", issued: \"2026-01-01\", expires: \"{date}\"}}\n",
            1 => $"  - control: nist-ssdf@1.1#{control}\n    status: planned\n    poam:\n      - {{milestone: {HostileSubmission.Quote(text)}, due: \"{date}\"}}\n",
            2 => $"  - control: nist-ssdf@1.1#{control}\n    status: partially-implemented\n",
            3 => $"  - control: nist-ssdf@1.1#{control}\n    status: not-applicable\n    justification: {HostileSubmission.Quote(text)}\n",
            _ => $"  - control: nist-ssdf@1.1#{control}\n    status: not-implemented\n",
        };
    });

    private static readonly Gen<string> Attestation = Gen.Select(Texts.NonBlank, Claim.Array[0, 8], (vendor, claims) =>
        "kind: attestation\nschema-version: \"1\"\nvendor: {name: " + HostileSubmission.Quote(vendor) + "}\nproduct: {name: P, version: \"1\"}\ndate: \"2026-11-01\"\n"
        + "signatory: {name: S}\nagainst: [us-federal-software, au-software-supplier]\nclaims:\n"
        + string.Concat(claims.DistinctBy(c => c.Split('\n')[0])));

    [TestMethod]
    [Timeout(600_000)]
    public void Outputs_AreByteIdentical_AcrossRunsAndJobs() => Attestation.Array[3, 3].Sample(iter: 4, threads: 1, assert: attestations =>
    {
        using var inbox = new TempStandards(withCatalogs: false);
        for (var i = 0; i < attestations.Length; i++)
        {
            inbox.Write($"vendor-{i}/attestation.yaml", attestations[i]);
        }

        var outputs = new[] { ("1", "a"), ("3", "b"), ("2", "c") }.Select(run =>
        {
            var folder = Path.Combine(inbox.Root, "out-" + run.Item2);
            var result = CliRunner.InRepository("assess", inbox.Root, "--as-of", "2026-11-26", "--out", folder, "--format", "json,md,text,html,pdf", "--jobs", run.Item1);
            return (Out: result.Out.Replace(folder, "<out>", StringComparison.Ordinal), Error: result.Error.Replace(folder, "<out>", StringComparison.Ordinal), Files: Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))).ToList());
        }).ToList();

        foreach (var other in outputs.Skip(1))
        {
            Assert.AreEqual(outputs[0].Out, other.Out);
            Assert.AreEqual(outputs[0].Error, other.Error);
            CollectionAssert.AreEqual(outputs[0].Files, other.Files);
        }
    });
}
