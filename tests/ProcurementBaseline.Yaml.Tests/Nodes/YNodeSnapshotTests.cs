using System.Text;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Tests.Nodes;

/// <summary>The parsed-tree snapshot: the same tree back, and nothing but null from bytes it did not write.</summary>
[TestClass]
public sealed class YNodeSnapshotTests
{
    private const string Yaml = """
        kind: catalog
        plain: 1.1
        quoted: "1.1"
        empty:
        text: |
          two
          lines
        list:
          - {a: b, c: [d, "e"]}
          - ~
          - 配布
        """;

    [TestMethod]
    public void Read_GivesBackTheSameTree_ValuesQuotingAndPositions()
    {
        var tree = Parse(Yaml);

        var back = YNodeSnapshot.Read(YNodeSnapshot.Write(tree));

        Assert.IsNotNull(back);
        Assert.AreEqual(Describe(tree), Describe(back));
        StringAssert.Contains(Describe(back), "S(2,8,plain:'1.1')");
        StringAssert.Contains(Describe(back), "S(3,9,quoted:'1.1')");
    }

    [TestMethod]
    public void Read_ReturnsNull_ForAnythingItDidNotWrite()
    {
        var good = YNodeSnapshot.Write(Parse(Yaml));
        var random = new Random(12345);

        Assert.IsNull(YNodeSnapshot.Read([]));
        Assert.IsNull(YNodeSnapshot.Read(good, 0, good.Length - 1), "truncated");
        Assert.IsNull(YNodeSnapshot.Read([.. good, 0]), "trailing bytes");
        Assert.IsNull(YNodeSnapshot.Read([.. good[..5], (byte)2, 1, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0x07]), "a count beyond the data");
        Assert.IsNull(YNodeSnapshot.Read([.. good[..5], .. Enumerable.Repeat<byte[]>([3, 1, 1, 1], 10_000).SelectMany(b => b)]), "nesting too deep");
        for (var i = 0; i < 2_000; i++)
        {
            var bytes = (byte[])good.Clone();
            bytes[5 + random.Next(bytes.Length - 5)] = (byte)random.Next(256);
            _ = YNodeSnapshot.Read(bytes); // never throws: a mangled snapshot is a tree or nothing
        }
    }

    private static YNode Parse(string yaml) =>
        YamlDocument.Parse(Encoding.UTF8.GetBytes(yaml.ReplaceLineEndings("\n")), new ReadContext("t.yaml", new DiagnosticBag())) ?? throw new AssertFailedException("did not parse");

    private static string Describe(YNode node) => node switch
    {
        YScalar s => $"S({s.Line},{s.Column},{(s.IsPlain ? "plain" : "quoted")}:'{s.Value}')",
        YMapping m => $"M({m.Line},{m.Column},{string.Join(";", m.Entries.Select(e => Describe(e.Key) + "=" + Describe(e.Value)))})",
        YSequence q => $"L({q.Line},{q.Column},{string.Join(";", q.Items.Select(Describe))})",
        _ => "?",
    };
}
