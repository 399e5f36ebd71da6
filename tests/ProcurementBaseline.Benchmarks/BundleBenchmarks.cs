using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Submissions;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// Submission bundles (issue 18): verifying a bundle with 100 MB of evidence beside the floor of sha256 over the same
/// bytes, and signing then verifying a 1,000-claim attestation without evidence.
/// </summary>
[MemoryDiagnoser]
public class BundleBenchmarks : IDisposable
{
    private const long Max = 1L << 30;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"procbase-bench-{Guid.NewGuid():N}");
    private ECDsa _key = null!;
    private string _large = null!;
    private string _evidence = null!;
    private string _small = null!;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "large", "evidence"));
        Directory.CreateDirectory(Path.Combine(_folder, "small"));
        _key = SigningKeys.NewKey();
        _evidence = Path.Combine(_folder, "large", "evidence", "build.tar");
        var bytes = new byte[100 << 20];
        new Random(1).NextBytes(bytes);
        Application.IO.AtomicFileWriter.WriteBytes(_evidence, bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Application.IO.AtomicFileWriter.WriteText(Path.Combine(_folder, "large", "attestation.yaml"), Attestation(1, $"path: evidence/build.tar, sha256: {sha}"));
        Application.IO.AtomicFileWriter.WriteText(Path.Combine(_folder, "small", "attestation.yaml"), Attestation(1_000, "uri: \"https://vendor.example/evidence\""));
        _large = Bundle("large");
        _small = Bundle("small");
    }

    [Benchmark(Baseline = true, Description = "floor: sha256 of the 100 MB evidence file")]
    public int Sha256Floor()
    {
        using var stream = File.OpenRead(_evidence);
        return SHA256.HashData(stream).Length;
    }

    [Benchmark(Description = "verify a signed bundle with 100 MB of evidence")]
    public bool VerifyLarge() => BundleVerifier.Verify(_large, [_key], null, Max, "large.zip").Verified;

    [Benchmark(Description = "sign and verify a 1,000-claim attestation's bundle (no evidence files)")]
    public bool SignAndVerifySmall()
    {
        var signed = Path.Combine(_folder, "small-signed.zip");
        BundleSigner.Sign(_small, signed, _key, "vendor", Max, "small.zip");
        return BundleVerifier.Verify(signed, [_key], null, Max, "small.zip").Verified;
    }

    public void Dispose()
    {
        _key?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private string Bundle(string name)
    {
        var zip = Path.Combine(_folder, $"{name}.zip");
        var problems = BundleBuilder.Build(Path.Combine(_folder, name, "attestation.yaml"), Shipped.Standards, [Shipped.Standards.FindBaseline("us-federal-software")!],
            _folder, zip, InputLimits.Default);
        if (problems.Any(p => p.IsError))
        {
            throw new InvalidOperationException(string.Join("\n", problems));
        }

        if (name == "large")
        {
            BundleSigner.Sign(zip, zip, _key, "vendor", Max, zip);
        }

        return zip;
    }

    private static string Attestation(int claims, string evidence)
    {
        var text = new StringBuilder("kind: attestation\nschema-version: \"1\"\nvendor: {name: V}\nproduct: {name: P, version: \"1\"}\ndate: \"2026-11-20\"\nsignatory: {name: S}\nclaims:\n");
        var ids = Shipped.Standards.Catalogs.Resolve("nist-sp800-53@5.0.1")!.AllControls.Where(c => c.Control.Status == Catalogs.ControlStatus.Active).Take(claims);
        foreach (var id in ids)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"  - control: nist-sp800-53@5.0.1#{id.Control.Id}\n    status: implemented\n    evidence:\n      - {{title: E, {evidence}, issued: \"2026-11-01\", expires: \"2027-11-01\"}}\n");
        }

        return text.ToString();
    }
}
