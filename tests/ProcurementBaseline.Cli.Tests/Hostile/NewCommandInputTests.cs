using Mono.Unix.Native;
using ProcurementBaseline.Cli;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>The commands added for issue 15 read their inputs as safely as the rest: a FIFO never hangs them.</summary>
[TestClass]
public sealed class NewCommandInputTests
{
    [TestMethod]
    [Timeout(60_000)]
    public void MapRetarget_OnAFifo_IsAnErrorAtOnce()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("FIFOs are a Unix thing.");
        }

        using var temp = new TempStandards(withCatalogs: false);
        var pipe = Path.Combine(temp.Root, "crosswalk.yaml");
        Assert.AreEqual(0, Syscall.mkfifo(pipe, FilePermissions.DEFFILEMODE));

        var run = CliRunner.InRepository("map", "retarget", pipe, "--to", "nist-ssdf@1.2-ipd");

        Assert.AreEqual(ExitCodes.InputErrors, run.ExitCode);
        StringAssert.Contains(run.Error, "crosswalk.yaml");
    }
}
