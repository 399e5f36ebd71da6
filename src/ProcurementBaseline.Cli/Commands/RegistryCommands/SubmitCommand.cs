using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Commands.RegistryCommands;

/// <summary>
/// <c>procbase submit</c>: a release pipeline sends its signed bundle to a registry and gets the verdict back as the
/// exit code, as assess gives it: 0 pass, 3 conditional, 4 fail; 1 when the registry refused the bundle or could not be
/// reached. The token comes from PROCBASE_TOKEN or a file, never the command line, where other users could read it.
/// </summary>
internal static class SubmitCommand
{
    public const string TokenVariable = "PROCBASE_TOKEN";

    public static Command Create(CliContext cli)
    {
        var bundle = new Argument<string>("bundle") { Description = "The signed bundle (attest bundle, then attest sign)." };
        var to = new Option<string>("--to") { Description = "The registry's address, such as https://registry.example.gov.au.", Required = true };
        var procurement = new Option<string>("--procurement") { Description = "The procurement's id (prc_…).", Required = true };
        var tokenFile = new Option<string?>("--token-file") { Description = $"A file holding the API token. Default: ${TokenVariable}." };
        var allowConditional = new Option<bool>("--allow-conditional") { Description = "Exit 0 on a conditional verdict (by default 3)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the registry (default 300).", DefaultValueFactory = _ => 300 };
        var command = new Command("submit", "Submit a signed bundle to a registry (procbase serve) for a procurement; print the verdict per baseline and exit with it, as assess does.")
        {
            bundle, to, procurement, tokenFile, allowConditional, timeout,
        };
        command.SetAction(parse =>
        {
            var token = parse.GetValue(tokenFile) is { } file ? ReadToken(Path.GetFullPath(file, cli.WorkingDirectory)) : Environment.GetEnvironmentVariable(TokenVariable)?.Trim();
            if (string.IsNullOrEmpty(token))
            {
                cli.Error.WriteLine($"error: no API token: set {TokenVariable} or give --token-file.");
                return ExitCodes.Usage;
            }

            if (!Uri.TryCreate(parse.GetValue(to), UriKind.Absolute, out var registry) || registry.Scheme is not ("http" or "https"))
            {
                cli.Error.WriteLine("error: --to must be an http or https address.");
                return ExitCodes.Usage;
            }

            using var stream = NamedFile.Open(parse.GetValue(bundle)!, cli);
            return stream is null ? ExitCodes.InputErrors : Send(cli, registry, parse.GetValue(procurement)!, token, stream, TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(timeout), 1, 3600)), parse.GetValue(allowConditional));
        });
        return command;
    }

    private static string? ReadToken(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : null;

    private static int Send(CliContext cli, Uri registry, string procurement, string token, Stream bundle, TimeSpan timeout, bool allowConditional)
    {
        using var http = new HttpClient { BaseAddress = registry, Timeout = timeout };
        using var content = new StreamContent(bundle);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/procurements/{Uri.EscapeDataString(procurement)}/submissions") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        string body;
        int status;
        try
        {
            using var response = http.Send(request);
            status = (int)response.StatusCode;
            using var reader = new StreamReader(response.Content.ReadAsStream());
            body = reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            cli.Error.WriteLine($"error: could not submit to {registry}: {VisibleText.Escape(ex.Message)}");
            return ExitCodes.InputErrors;
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            cli.Error.WriteLine($"error: the registry answered {status} with a body that is not JSON; is {registry} a procbase registry?");
            return ExitCodes.InputErrors;
        }

        using (json)
        {
            var root = json.RootElement;
            if (status != 201)
            {
                PrintProblem(cli, root, status);
                return ExitCodes.InputErrors;
            }

            var verdict = Text(root, "verdict");
            cli.Out.WriteLine($"Submitted as {Text(root, "id")}, version {Number(root, "version")} (sha256 {Text(root, "bundle-sha256")}), assessed at {Text(root, "as-of")}: {verdict}");
            if (root.TryGetProperty("baselines", out var baselines) && baselines.ValueKind == JsonValueKind.Array)
            {
                foreach (var baseline in baselines.EnumerateArray())
                {
                    cli.Out.WriteLine($"  {Text(baseline, "baseline"),-32} {Text(baseline, "verdict"),-12} {Number(baseline, "met")}/{Number(baseline, "required")} required controls met");
                }
            }

            return verdict switch
            {
                "pass" => ExitCodes.Success,
                "conditional" => allowConditional ? ExitCodes.Success : ExitCodes.Conditional,
                "fail" => ExitCodes.Fail,
                _ => ExitCodes.InputErrors,
            };
        }
    }

    private static void PrintProblem(CliContext cli, JsonElement problem, int status)
    {
        cli.Error.WriteLine($"error {Text(problem, "code")}: the registry refused the submission ({status} {Text(problem, "title")}): {Text(problem, "detail")}");
        if (problem.TryGetProperty("diagnostics", out var diagnostics) && diagnostics.ValueKind == JsonValueKind.Array)
        {
            foreach (var d in diagnostics.EnumerateArray())
            {
                var line = Number(d, "line");
                var at = line > 0 ? $"{Text(d, "file")}({line},{Number(d, "column")})" : Text(d, "file");
                cli.Error.WriteLine($"  {at}: {Text(d, "severity")} {Text(d, "code")}: {Text(d, "message")}");
            }
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? VisibleText.Escape(value.GetString()!) : "?";

    private static long Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : 0;
}
