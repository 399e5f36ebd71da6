using System.Text.Json;
using Mono.Unix.Native;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>
/// Only regular files are evidence: a FIFO, a device or a directory is named and never read, a file over the size
/// limit is not hashed, a hard link is reported, and a link that loops or leads nowhere is a finding, not a crash
/// (issue 12, items 3 and 7). Each would hang or crash the build before.
/// </summary>
[TestClass]
public sealed class EvidenceFileTests
{
    private static CliRunner.Run Validate(HostileSubmission submission, params string[] extra) =>
        CliRunner.InRepository(["attest", "validate", submission.Write(), "--as-of", "2026-11-26", .. extra]);

    private static HostileSubmission WithEvidenceAt(string path)
    {
        var submission = new HostileSubmission();
        submission.Claims.Add($"""
              - control: nist-ssdf@1.1#PO.1.1
                status: implemented
                evidence:
                  - {'{'}title: Evidence, path: {path}, sha256: {new string('a', 64)}{'}'}
            """);
        return submission;
    }

    [TestMethod]
    [Timeout(60_000)]
    public void AFifo_IsNamed_AndNeverOpenedForReading()
    {
        using var submission = WithEvidenceAt("evidence/pipe");
        Directory.CreateDirectory(Path.Combine(submission.Root, "evidence"));
        Assert.AreEqual(0, Syscall.mkfifo(Path.Combine(submission.Root, "evidence", "pipe"), FilePermissions.DEFFILEMODE));

        var run = Validate(submission);

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Out, "warning PB1616: evidence path 'evidence/pipe' is a FIFO (named pipe), not a regular file; it is not read");
    }

    [TestMethod]
    [Timeout(60_000)]
    public void ACharacterDevice_IsNamed_AndNeverRead()
    {
        using var submission = WithEvidenceAt("evidence/zero");
        Directory.CreateDirectory(Path.Combine(submission.Root, "evidence"));
        var device = Path.Combine(submission.Root, "evidence", "zero");
        if (Syscall.mknod(device, FilePermissions.S_IFCHR | FilePermissions.DEFFILEMODE, (1UL << 8) | 5) != 0)
        {
            Assert.Inconclusive($"mknod needs CAP_MKNOD ({Stdlib.GetLastError()}); this machine does not give it");
        }

        var run = Validate(submission);

        StringAssert.Contains(run.Out, "warning PB1616: evidence path 'evidence/zero' is a character device, not a regular file");
    }

    [TestMethod]
    public void ADirectory_IsNamedAsADirectory_NotAsMissing()
    {
        using var submission = WithEvidenceAt("evidence");
        Directory.CreateDirectory(Path.Combine(submission.Root, "evidence"));

        var run = Validate(submission);

        StringAssert.Contains(run.Out, "evidence path 'evidence' is a directory, not a regular file");
        Assert.DoesNotContain("does not exist", run.Out);
    }

    [TestMethod]
    [Timeout(60_000)]
    public void AHugeSparseFile_IsNotHashed_AndIsOverTheLimit()
    {
        using var submission = WithEvidenceAt("evidence/huge.bin");
        Directory.CreateDirectory(Path.Combine(submission.Root, "evidence"));
        using (var file = new FileStream(Path.Combine(submission.Root, "evidence", "huge.bin"), FileMode.CreateNew))
        {
            file.SetLength(200L << 30); // sparse: 200 GiB that take no disk
        }

        var run = Validate(submission);

        StringAssert.Contains(run.Out, "warning PB1617: evidence file 'evidence/huge.bin' is 200 GiB, over the 1 GiB limit");
    }

    [TestMethod]
    public void TheSizeLimit_IsConfigurable()
    {
        using var submission = new HostileSubmission().Implemented("nist-ssdf@1.1#PO.1.1", "evidence/big.txt");
        using (var writer = new StreamWriter(Path.Combine(submission.Root, "evidence", "big.txt"), append: true))
        {
            writer.Write(new string('x', 4096));
        }

        var run = Validate(submission, "--max-evidence-size", "1KiB");

        StringAssert.Contains(run.Out, "warning PB1617: evidence file 'evidence/big.txt' is 4,105 bytes, over the 1,024 bytes limit");
    }

    [TestMethod]
    public void AHardLink_IsReported()
    {
        using var submission = new HostileSubmission().Implemented("nist-ssdf@1.1#PO.1.1", "evidence/e.md");
        Assert.AreEqual(0, Syscall.link(Path.Combine(submission.Root, "evidence", "e.md"), Path.Combine(submission.Root, "other-name.md")));

        var run = Validate(submission);

        StringAssert.Contains(run.Out, "warning PB1619: evidence file 'evidence/e.md' has 2 hard links");
    }

    [TestMethod]
    public void ALinkLoop_AndADanglingLink_AreFindings_NotCrashes()
    {
        using var submission = new HostileSubmission();
        submission.Claims.Add("""
              - control: nist-ssdf@1.1#PO.1.1
                status: implemented
                evidence:
                  - {title: Loop, path: evidence/loop, sha256: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}
                  - {title: Dangling, path: evidence/dangling, sha256: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}
            """);
        Directory.CreateDirectory(Path.Combine(submission.Root, "evidence"));
        File.CreateSymbolicLink(Path.Combine(submission.Root, "evidence", "loop"), "loop");
        File.CreateSymbolicLink(Path.Combine(submission.Root, "evidence", "dangling"), "nowhere");
        using var output = new TempStandards(withCatalogs: false);

        var run = CliRunner.InRepository("assess", submission.Write(), "--as-of", "2026-11-26", "--out", output.Root, "--format", "json");

        Assert.AreEqual(ExitCodes.Fail, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, "warning PB1618: evidence file 'evidence/loop' cannot be read: a loop of symbolic links");
        StringAssert.Contains(run.Error, "warning PB1605: evidence file 'evidence/dangling' does not exist");
        using var json = JsonDocument.Parse(File.ReadAllText(Directory.EnumerateFiles(output.Root, "*.json").Single()));
        var finding = json.RootElement.GetProperty("baselines")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("control").GetString() == "nist-ssdf@1.1#PO.1.1");
        Assert.AreEqual("evidence-problem", finding.GetProperty("finding").GetString());
        CollectionAssert.AreEquivalent(new[] { "PB1618", "PB1605" }, finding.GetProperty("evidence-problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToArray());
    }

    [TestMethod]
    public void ALinkInsideTheFolder_IsFollowed_AndOneOutIsNot()
    {
        using var submission = new HostileSubmission();
        var sha = submission.Evidence("real/report.md", "the report\n");
        submission.Claims.Add($"""
              - control: nist-ssdf@1.1#PO.1.1
                status: implemented
                evidence:
                  - {'{'}title: Inside, path: evidence/inside.md, sha256: {sha}, issued: "2026-03-01"{'}'}
                  - {'{'}title: Outside, path: evidence/outside.md, sha256: {sha}, issued: "2026-03-01"{'}'}
            """);
        Directory.CreateDirectory(Path.Combine(submission.Root, "evidence"));
        File.CreateSymbolicLink(Path.Combine(submission.Root, "evidence", "inside.md"), "../real/report.md");
        File.CreateSymbolicLink(Path.Combine(submission.Root, "evidence", "outside.md"), "../../../../../../etc/hostname");

        var run = Validate(submission);

        StringAssert.Contains(run.Out, "error PB1604: evidence path 'evidence/outside.md' leads outside the folder through a symbolic link");
        Assert.DoesNotContain("evidence/inside.md", run.Out);
    }
}
