using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Server.Hosting;
using ProcurementBaseline.Storage;
using ProcurementBaseline.Tests;
using ProcurementBaseline.Tests.Server;

namespace ProcurementBaseline.Benchmarks.Registry;

/// <summary>
/// The registry under load on loopback (issue 19's figures), bounded in count and time: 16 clients submitting 200-claim
/// bundles, beside the floor of assessing the same bundle in process; then 10,000 submissions stored and the listing
/// filtered and paged; the database's size; the server's start on it. Run:
/// <c>dotnet run -c Release --project tests/ProcurementBaseline.Benchmarks -- registry-load [sqlite|"Host=…"] [submissions]</c>
/// </summary>
internal static class RegistryLoad
{
    private const int Clients = 16;
    private const int Stored = 10_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(180);

    public static void Run(string database, int submissions) => RunAsync(database, submissions).GetAwaiter().GetResult();

    private static async Task RunAsync(string database, int submissions)
    {
        var root = Directory.CreateTempSubdirectory("procbase-load-").FullName;
        try
        {
            var attestation = LargeSubmission.Write(root, 200);
            var loaded = HarmonisationSet.Load(Path.Combine(root, "standards"), root);
            var baseline = loaded.Standards.FindBaseline(LargeSubmission.Baseline)!;
            var unsigned = Path.Combine(root, "bundle.zip");
            BundleBuilder.Build(attestation, loaded.Standards, [baseline], root, unsigned, InputLimits.Default);
            using var key = SigningKeys.NewKey();
            var bundles = Enumerable.Range(0, submissions + 1).Select(_ => Sign(unsigned, key)).ToArray();
            Console.WriteLine($"bundle: 200 claims, {bundles[0].Length / 1024} KiB; database: {(database == "sqlite" ? "SQLite" : "PostgreSQL")}; {Environment.ProcessorCount} cores");

            var floor = Floor(loaded, baseline, bundles[0], key);
            Console.WriteLine($"floor (in-process verify + assess of the same bundle, no HTTP, no database): p50 {floor.P50:F1} ms, p99 {floor.P99:F1} ms");

            var connection = database == "sqlite" ? null : await NewPostgresDatabase(database);
            var settings = new ServerSettings(root, connection, ["http://127.0.0.1:0"]);
            var (app, password) = await RegistryServer.Build(settings, loaded, new ReportTemplateSet(null, RepositoryPaths.Root), TimeProvider.System, null, CancellationToken.None);
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var (procurement, vendorId, vendorToken, reviewerToken) = await new RegistrySetup(token => Client(address, token)).World(password!, "Large Vendor Pty Ltd", LargeSubmission.Baseline, key);

            var latencies = await Submit(address, vendorToken, procurement, bundles[1..]);
            var p = Percentiles(latencies);
            Console.WriteLine($"submit + assess, {Clients} clients, {latencies.Count} submissions: p50 {p.P50:F1} ms (target <= 60), p99 {p.P99:F1} ms (target <= 300), {latencies.Count / latencies.Sum() * 1000 * Clients:F0}/s");

            var store = new SqlRegistryStore(SqlDialect.For(connection, root));
            var filled = await Fill(store, procurement, vendorId, bundles[0], Stored - latencies.Count);
            Console.WriteLine($"stored: {filled + latencies.Count:N0} submissions (the {filled:N0} beyond those submitted written through the store with the same bundle and assessment)");

            foreach (var clients in new[] { 1, 4, Clients })
            {
                var listing = await List(address, reviewerToken, procurement, clients);
                var l = Percentiles(listing);
                Console.WriteLine($"listing 10,000 submissions filtered (verdict, vendor, latest) and paged (50), {clients} clients, {listing.Count} requests: p50 {l.P50:F1} ms, p99 {l.P99:F1} ms (target <= 50)");
            }

            await PortalPages(address, reviewerToken, procurement);
            foreach (var shipped in new[] { "au-software-supplier", "quad-common" })
            {
                await EditorPages.Measure(address, app.Services, new RegistrySetup(token => Client(address, token)), vendorToken, shipped);
            }

            await app.StopAsync();
            await app.DisposeAsync();
            Console.WriteLine($"database size: {await Size(connection, root) / 1048576.0:F0} MiB for 10,000 submissions (target <= 2 GB)");

            var start = Stopwatch.StartNew();
            var again = HarmonisationSet.Load(Path.Combine(root, "standards"), root);
            var standardsTime = start.Elapsed.TotalMilliseconds;
            var (restarted, _) = await RegistryServer.Build(settings, again, new ReportTemplateSet(null, RepositoryPaths.Root), TimeProvider.System, null, CancellationToken.None);
            await restarted.StartAsync();
            using (var probe = new HttpClient())
            {
                var url = new Uri(restarted.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
                await probe.GetAsync(new Uri(url, "/openapi/v1.json"));
            }

            Console.WriteLine($"start on the 10,000-submission database to the first answer: {start.Elapsed.TotalMilliseconds:F0} ms (target <= 2,000), of which loading the standards {standardsTime:F0} ms");
            await restarted.StopAsync();
            await restarted.DisposeAsync();
        }
        finally
        {
            SqliteDialect.ReleaseFiles();
            Directory.Delete(root, recursive: true);
        }
    }

    private static byte[] Sign(string unsigned, ECDsa key)
    {
        var path = unsigned + Guid.NewGuid().ToString("N") + ".zip";
        BundleSigner.Sign(unsigned, path, key, "vendor", 1L << 30, path);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    private static (double P50, double P99) Floor(HarmonisationSet loaded, ProcurementBaseline.Baselines.ResolvedBaseline baseline, byte[] bundle, ECDsa key)
    {
        var assessor = new Assessor(loaded);
        var times = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            var watch = Stopwatch.StartNew();
            using var opened = BundleSubmission.Open(new MemoryStream(bundle), "bundle.zip", "bundle", BundleTrust.Keys([key]), loaded.Standards, [baseline],
                new LoadedAttestation.Options(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), InputLimits.Default), 1L << 30);
            var assessment = assessor.Assess(opened.Submission!, [baseline], DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), opened.Record);
            _ = AssessmentMapper.Serialize(assessment.Json);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Percentiles(times.Skip(10).ToList());
    }

    private static async Task<List<double>> Submit(Uri address, string token, string procurement, byte[][] bundles)
    {
        var next = -1;
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var client = Client(address, token);
            int i;
            while ((i = Interlocked.Increment(ref next)) < bundles.Length && deadline.Elapsed < Budget)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.PostBundle(procurement, bundles[i]);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
                }

                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }));
        return [.. latencies];
    }

    /// <summary>Fills the procurement to 10,000 submissions across 50 vendors, through the store (assessing each again would only repeat the figure above).</summary>
    private static async Task<int> Fill(SqlRegistryStore store, string procurement, string firstVendor, byte[] bundle, int count)
    {
        var time = TimeProvider.System;
        var vendors = new List<string> { firstVendor };
        for (var v = 1; v < 50; v++)
        {
            var organisation = new Organisation($"org_load{v:D3}", $"Load vendor {v}", OrganisationKind.Vendor, null, Timestamps.Truncate(time.GetUtcNow()));
            await store.Create(organisation, new AuditEvent(organisation.Created, "load", "organisation.create", organisation.Id, organisation.Name), CancellationToken.None);
            vendors.Add(organisation.Id);
        }

        var template = (await store.Submissions(new SubmissionQuery(procurement, null, null, false, 1, 1), CancellationToken.None)).Items[0];
        var assessment = (await store.File(template.Id, RegistrySubmissions.AssessmentFile, CancellationToken.None))!;
        var verdicts = new[] { "pass", "conditional", "fail" };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancel) =>
        {
            var now = Timestamps.Truncate(time.GetUtcNow());
            var submission = template with
            {
                Id = $"sub_load{i:D6}",
                VendorId = vendors[i % vendors.Count],
                BundleSha256 = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i))),
                Verdict = verdicts[i % 3],
                Created = now,
            };
            await store.Add(submission, [new StoredFile(RegistrySubmissions.BundleFile, "application/zip", bundle), assessment],
                new AuditEvent(now, "load", "submission.add", submission.Id, "load"), cancel);
        });
        return count;
    }

    private static async Task<List<double>> List(Uri address, string token, string procurement, int clients)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            using var client = Client(address, token);
            var random = new Random(c);
            for (var i = 0; i < 2000 / clients; i++)
            {
                var query = (i % 3) switch
                {
                    0 => $"verdict=pass&page={random.Next(1, 60)}&page-size=50",
                    1 => $"vendor=org_load{random.Next(1, 50):D3}&page={random.Next(1, 4)}&page-size=50",
                    _ => $"latest=true&verdict=fail&page=1&page-size=50",
                };
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync($"/api/procurements/{procurement}/submissions?{query}");
                _ = await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }));
        return [.. latencies];
    }

    /// <summary>
    /// Each portal page a reviewer opens, as the browser asks for it (the session cookie; a registry token is one), 200
    /// times on one client over the 10,000 stored submissions: server time to the last byte, and the page's size.
    /// </summary>
    private static async Task PortalPages(Uri address, string token, string procurement)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        client.DefaultRequestHeaders.Add("Cookie", "procbase-session=" + token);
        using var api = Client(address, token);
        var first = System.Text.Json.Nodes.JsonNode.Parse(await api.GetStringAsync($"/api/procurements/{procurement}/submissions?page=1&page-size=1"))!;
        var submission = first["items"]![0]!["id"]!.GetValue<string>();
        (string Name, string Path)[] pages =
        [
            ("procurements", "/portal"),
            ("review queue, page 40", $"/portal/procurements/{procurement}?page=40"),
            ("review queue, latest failing", $"/portal/procurements/{procurement}?verdict=fail&latest=on"),
            ("submission (the synthetic baseline requires 2 controls)", $"/portal/submissions/{submission}"),
            ("submission, filtered", $"/portal/submissions/{submission}?finding=met&sort=priority"),
            ("compare vendors", $"/portal/procurements/{procurement}/compare"),
            ("admin", "/portal/admin"),
        ];
        foreach (var (name, path) in pages)
        {
            var latencies = new List<double>();
            var size = 0;
            for (var i = 0; i < 200; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                size = body.Length;
            }

            latencies.Sort();
            Console.WriteLine($"portal page {name}: p50 {latencies[latencies.Count / 2]:F1} ms, p95 {latencies[(int)(latencies.Count * 0.95)]:F1} ms (target <= 100), {size / 1024.0:F0} KiB of HTML");
        }
    }

    private static HttpClient Client(Uri address, string? token)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private static async Task<string> NewPostgresDatabase(string server)
    {
        var name = $"procbase_load_{Guid.NewGuid():N}";
        await using var admin = new Npgsql.NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    private static async Task<long> Size(string? connection, string root)
    {
        if (connection is null)
        {
            SqliteDialect.ReleaseFiles();
            return Directory.GetFiles(root, "registry.db*").Sum(f => new FileInfo(f).Length);
        }

        await using var db = new Npgsql.NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var size = new Npgsql.NpgsqlCommand("SELECT pg_database_size(current_database())", db);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    private static (double P50, double P99) Percentiles(List<double> values)
    {
        var sorted = values.Order().ToList();
        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        return (At(0.50), At(0.99));
    }
}
