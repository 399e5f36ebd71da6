using ProcurementBaseline.Cli;

namespace ProcurementBaseline.Tests.Server;

/// <summary><c>procbase submit</c> from a pipeline against a running <c>procbase serve</c>: the verdict is the exit code, a refusal is 1 with its code.</summary>
[TestClass]
public sealed class SubmitCommandTests
{
    [TestMethod]
    public async Task Submit_ExitsWithTheVerdict_AndARefusalIsOne()
    {
        var data = Directory.CreateTempSubdirectory("procbase-submit-");
        try
        {
            using var server = ServerProcess.Start(data.FullName);
            var (procurement, vendor) = await CrashTests.SetUp(server);
            var bundle = Path.Combine(data.FullName, "acme.zip");
            var tokenFile = Path.Combine(data.FullName, "token");
            var wrongToken = Path.Combine(data.FullName, "wrong");
            Application.IO.AtomicFileWriter.WriteBytes(bundle, CrashTests.Resigned(vendor));
            Application.IO.AtomicFileWriter.WriteBytes(tokenFile, System.Text.Encoding.UTF8.GetBytes(vendor.Token + "\n"));
            Application.IO.AtomicFileWriter.WriteBytes(wrongToken, "pbt_not-a-token"u8.ToArray());
            string[] to = ["--to", server.Address.ToString(), "--procurement", procurement];

            var submitted = InProcessCli.Procbase(["submit", bundle, .. to, "--token-file", tokenFile]);
            var replayed = InProcessCli.Procbase(["submit", bundle, .. to, "--token-file", tokenFile]);
            var unauthorised = InProcessCli.Procbase(["submit", bundle, .. to, "--token-file", wrongToken]);
            var unknown = InProcessCli.Procbase(["submit", bundle, "--to", server.Address.ToString(), "--procurement", "prc_nope", "--token-file", tokenFile]);
            var unreachable = InProcessCli.Procbase(["submit", bundle, "--to", "http://127.0.0.1:1", "--procurement", procurement, "--token-file", tokenFile, "--timeout", "5"]);

            Assert.AreEqual(ExitCodes.Success, submitted.Code, submitted.Error);
            StringAssert.Contains(submitted.Out, "version 1");
            StringAssert.Contains(submitted.Out, "au-software-supplier");
            Assert.AreEqual(ExitCodes.InputErrors, replayed.Code);
            StringAssert.Contains(replayed.Error, "PB2005");
            Assert.AreEqual(ExitCodes.InputErrors, unauthorised.Code);
            StringAssert.Contains(unauthorised.Error, "PB2009");
            Assert.AreEqual(ExitCodes.InputErrors, unknown.Code);
            StringAssert.Contains(unknown.Error, "PB2001");
            Assert.AreEqual(ExitCodes.InputErrors, unreachable.Code);
            StringAssert.StartsWith(unreachable.Error, "error: could not submit to");
        }
        finally
        {
            Storage.SqliteDialect.ReleaseFiles();
            data.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Submit_WithoutAToken_IsAUsageError()
    {
        var run = InProcessCli.Procbase("submit", "x.zip", "--to", "http://127.0.0.1:1", "--procurement", "p", "--token-file", "/nonexistent/token");

        Assert.AreEqual(ExitCodes.Usage, run.Code);
        StringAssert.Contains(run.Error, "no API token");
    }
}
