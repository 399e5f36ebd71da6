using System.CommandLine;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Commands.AttestCommands;

/// <summary>
/// <c>attest timestamp</c>: an RFC 3161 timestamp for a bundle's signature, from the caller's own time-stamping
/// authority. <c>--request</c> writes the request to send it; <c>--token</c> attaches what it answered. procbase never
/// contacts an authority itself.
/// </summary>
public static class AttestTimestampCommand
{
    private const long MaxTokenBytes = 1 << 20;

    public static Command Create(CliContext cli)
    {
        var bundle = new Argument<string>("bundle") { Description = "The signed bundle." };
        var request = new Option<string?>("--request") { Description = "Write the RFC 3161 time-stamp request (DER, .tsq) for a signature here, to send to a time-stamping authority." };
        var signature = new Option<int>("--signature") { Description = "Which signature the request is for (1 = the first, the vendor's; default 1).", DefaultValueFactory = _ => 1 };
        var token = new Option<string?>("--token") { Description = "Attach this time-stamp token or response (DER, .tsr) to the signature it is over." };
        var output = new Option<string?>("--out", "-o") { Description = "With --token: write the bundle here. Default: in place." };
        var maxBundle = CommonOptions.Size("--max-bundle-size", "The most a bundle's files may come to (default 4GiB).", AttestBundleCommands.DefaultMaxBundleBytes);
        var command = new Command("timestamp", "Timestamp a bundle's signature with RFC 3161: --request writes the request for your time-stamping authority, --token attaches its answer. Verifiers then judge the signer's certificates at that time.")
        {
            bundle, request, signature, token, output, maxBundle,
        };
        command.SetAction(parse =>
        {
            var (requestFile, tokenFile) = (parse.GetValue(request), parse.GetValue(token));
            if ((requestFile is null) == (tokenFile is null))
            {
                cli.Error.WriteLine("error: give either --request <file> or --token <file>.");
                return ExitCodes.Usage;
            }

            var path = Path.GetFullPath(parse.GetValue(bundle)!, cli.WorkingDirectory);
            var shown = DisplayPaths.For(path, cli.WorkingDirectory);
            return requestFile is not null
                ? WriteRequest(cli, path, shown, Path.GetFullPath(requestFile, cli.WorkingDirectory), parse.GetValue(signature), parse.GetValue(maxBundle))
                : AttachToken(cli, path, shown, Path.GetFullPath(tokenFile!, cli.WorkingDirectory), parse.GetValue(output) is { } o ? Path.GetFullPath(o, cli.WorkingDirectory) : path, parse.GetValue(maxBundle));
        });
        return command;
    }

    private static int WriteRequest(CliContext cli, string path, string shown, string requestFile, int signature, long maxBundle)
    {
        var (request, diagnostics) = BundleTimestamper.Request(path, signature, maxBundle, shown);
        DiagnosticPrinter.Print(diagnostics, cli.Error);
        if (request is null)
        {
            return ExitCodes.InputErrors;
        }

        AtomicFileWriter.WriteBytes(requestFile, request);
        var written = VisibleText.Escape(DisplayPaths.For(requestFile, cli.WorkingDirectory));
        cli.Error.WriteLine($"Wrote {written}; send it to your time-stamping authority (for example: curl -H 'Content-Type: application/timestamp-query' --data-binary @{written} <TSA URL> -o token.tsr), then: procbase attest timestamp {VisibleText.Escape(shown)} --token token.tsr");
        return ExitCodes.Success;
    }

    private static int AttachToken(CliContext cli, string path, string shown, string tokenFile, string target, long maxBundle)
    {
        var tokenShown = DisplayPaths.For(tokenFile, cli.WorkingDirectory);
        var (bytes, opening) = InputFiles.ReadAll(tokenFile, MaxTokenBytes);
        if (bytes is null)
        {
            cli.Error.WriteLine($"error: cannot read '{VisibleText.Escape(tokenShown)}': {opening.Describe()}.");
            return ExitCodes.InputErrors;
        }

        var diagnostics = BundleTimestamper.Attach(path, target, bytes, tokenShown, maxBundle, shown);
        DiagnosticPrinter.Print(diagnostics, cli.Error);
        if (diagnostics.Any(d => d.IsError))
        {
            cli.Error.WriteLine("Nothing was written.");
            return ExitCodes.InputErrors;
        }

        cli.Error.WriteLine($"Attached the timestamp in {VisibleText.Escape(tokenShown)} to {VisibleText.Escape(DisplayPaths.For(target, cli.WorkingDirectory))}; attest verify checks it against the roots given with --trust.");
        return ExitCodes.Success;
    }
}
