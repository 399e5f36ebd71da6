using System.Globalization;
using ProcurementBaseline.Tests;

namespace ProcurementBaseline.Benchmarks.Sboms;

/// <summary>
/// Peak memory of whole <c>procbase sbom check</c> processes on a generated 100 MB CycloneDX SBOM, JSON and XML
/// (issue 17: at most 300 MB), beside the floor of the same command on the sample's 24-component SBOM.
/// </summary>
internal static class SbomMemory
{
    public static void Run(long bytes)
    {
        var root = Directory.CreateTempSubdirectory("procbase-sbom-memory-").FullName;
        try
        {
            var json = Path.Combine(root, "bom.json");
            var xml = Path.Combine(root, "bom.xml");
            var components = SyntheticSbom.WriteJson(json, bytes);
            SyntheticSbom.WriteXml(xml, bytes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JSON {LargeSubmissionMemory.Mib(new FileInfo(json).Length)} MiB ({components:N0} components), XML {LargeSubmissionMemory.Mib(new FileInfo(xml).Length)} MiB"));
            var sample = Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four", "evidence", "sbom.cdx.json");
            var floor = LargeSubmissionMemory.Peak("sbom check of the 24-component sample (the floor)", ["sbom", "check", sample, "--standards", RepositoryPaths.Standards]);
            foreach (var (name, path) in new[] { ("sbom check, 100 MB JSON", json), ("sbom check, 100 MB XML", xml) })
            {
                var peak = LargeSubmissionMemory.Peak(name, ["sbom", "check", path, "--standards", RepositoryPaths.Standards, "-f", "json"]);
                Console.WriteLine($"  {name}: {LargeSubmissionMemory.Mib(peak)} MiB; above the floor {LargeSubmissionMemory.Mib(peak - floor)} MiB");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
