using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ProcurementBaseline.Tests.Server;

/// <summary><c>procbase serve</c> as its own process, on a free loopback port, so a test can kill it as the operating system would.</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address, string? password)
    {
        _process = process;
        Address = address;
        AdminPassword = password;
    }

    public Uri Address { get; }

    /// <summary>The admin's password, printed on the first start only.</summary>
    public string? AdminPassword { get; }

    public static ServerProcess Start(string dataFolder, string? database = null, params string[] options)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "procbase.dll"), "serve", "--data", dataFolder, "--urls", $"http://127.0.0.1:{port}", .. database is null ? [] : new[] { "--db", database }, .. options])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        string? password = null;
        var ready = Stopwatch.StartNew();
        while (ready.Elapsed < TimeSpan.FromSeconds(120))
        {
            var line = process.StandardOutput.ReadLine();
            if (line is null)
            {
                Assert.Fail($"procbase serve stopped before it listened: {process.StandardError.ReadToEnd()}");
            }

            if (line.StartsWith("First start:", StringComparison.Ordinal))
            {
                password = line[(line.LastIndexOf(' ') + 1)..];
            }

            if (line.StartsWith("  API:", StringComparison.Ordinal))
            {
                break;
            }
        }

        return new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), password);
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no flush, no finally block runs.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
