using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Assessment;

/// <summary>
/// Two machines give byte-identical outputs (issue 15): the same standards and submission in two clones at different
/// places, one run from inside its clone with relative paths, the other from the file system's root with absolute
/// paths, write the same bytes in every format, and no output names where either clone is.
/// </summary>
[TestClass]
public sealed class CloneLocationTests
{
    private static readonly (string Format, string Extension)[] Formats = [("json", "json"), ("md", "md"), ("html", "html"), ("text", "txt"), ("pdf", "pdf")];

    [TestMethod]
    public void Outputs_AreByteIdentical_FromTwoCloneLocations()
    {
        var scratch = Directory.CreateTempSubdirectory("procbase-clones-");
        try
        {
            var first = Clone(Path.Combine(scratch.FullName, "a"));
            var second = Clone(Path.Combine(scratch.FullName, "b", "deeper", "checkout"));

            var inside = CliRunner.Invoke(first, "assess", "samples/delta-all-four/attestation.yaml", "--as-of", "2026-11-26", "--out", "out", "--format", string.Join(',', Formats.Select(f => f.Format)));
            var outside = CliRunner.Invoke(Path.GetPathRoot(second)!, "assess", Path.Combine(second, "samples", "delta-all-four", "attestation.yaml"),
                "--standards", Path.Combine(second, "standards"), "--as-of", "2026-11-26", "--out", Path.Combine(second, "out"), "--format", string.Join(',', Formats.Select(f => f.Format)));
            Assert.AreEqual(0, inside.ExitCode, inside.Error);
            Assert.AreEqual(0, outside.ExitCode, outside.Error);

            foreach (var (format, extension) in Formats)
            {
                var name = $"delta-all-four.{extension}";
                var a = File.ReadAllBytes(Path.Combine(first, "out", name));
                var b = File.ReadAllBytes(Path.Combine(second, "out", name));
                CollectionAssert.AreEqual(a, b, $"{name} differs between the two clones");
                if (format != "pdf")
                {
                    var text = System.Text.Encoding.UTF8.GetString(a);
                    Assert.DoesNotContain(scratch.FullName, text, $"{name} names where the clone is");
                    Assert.DoesNotContain(scratch.FullName.Replace('\\', '/'), text, $"{name} names where the clone is");
                }
            }

            var json = File.ReadAllText(Path.Combine(second, "out", "delta-all-four.json"));
            StringAssert.Contains(json, "\"root\": \"standards\"");
            StringAssert.Contains(json, "\"file\": \"baselines/au/au-software-supplier.yaml\"");
            StringAssert.Contains(json, "\"file\": \"attestation.yaml\"");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static string Clone(string root)
    {
        Copy(RepositoryPaths.Standards, Path.Combine(root, "standards"));
        Copy(Path.Combine(RepositoryPaths.Root, "samples", "delta-all-four"), Path.Combine(root, "samples", "delta-all-four"));
        return root;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
