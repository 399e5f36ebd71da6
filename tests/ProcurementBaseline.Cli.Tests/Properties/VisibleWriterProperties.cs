using CsCheck;
using ProcurementBaseline.Cli.CommandLine;

namespace ProcurementBaseline.Tests.Properties;

/// <summary>The console writer escapes the same whether text reaches it whole, in pieces, or one character at a time.</summary>
[TestClass]
public sealed class VisibleWriterProperties
{
    private static string OneAtATime(string text)
    {
        using var inner = new StringWriter();
        using var writer = new VisibleWriter(inner);
        foreach (var c in text)
        {
            writer.Write(c);
        }

        return inner.ToString();
    }

    [TestMethod]
    public void WritingInRuns_EscapesAsWritingEachCharacter() =>
        Gen.Select(Texts.Any, Texts.Any, Gen.Int[0, 24]).Sample(iter: 2_000, assert: t =>
        {
            var (a, b, cut) = t;
            var text = a + b;
            var at = Math.Min(cut, text.Length);
            using var inner = new StringWriter();
            using var writer = new VisibleWriter(inner);
            writer.Write(text[..at]);
            writer.Write(text.ToCharArray(), at, text.Length - at);

            var expected = OneAtATime(text);
            Assert.AreEqual(expected, inner.ToString());
            Assert.IsFalse(expected.Any(c => c < ' ' && c is not ('\n' or '\t')), expected);
        });
}
