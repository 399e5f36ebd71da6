using System.CommandLine;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Sboms;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Validation;
using ProcurementBaseline.Sbom.Vex;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Text;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Cli.Commands.SbomCommands;

/// <summary><c>procbase sbom check</c>: an SBOM judged against the SBOM profiles, its schema and VEX documents.</summary>
public static class SbomCommands
{
    public static Command Create(CliContext cli) => new("sbom", "Read SBOMs (CycloneDX JSON and XML 1.2-1.7, SPDX 2.3 JSON, SPDX 3.0 JSON-LD) and judge them against NTIA, CISA and CERT-In field profiles.")
    {
        CreateCheck(cli),
    };

    private static Command CreateCheck(CliContext cli)
    {
        var input = new Argument<string>("sbom") { Description = "The SBOM file. Its format is told from its content, not its name." };
        var profiles = new Option<string[]>("--profile", "-p") { Description = "The profiles to judge it against (id or id@version, repeatable; default every loaded one): ntia@2021, cisa@2025, certin@1.0." };
        var vex = new Option<string[]>("--vex") { Description = "VEX documents (CycloneDX, OpenVEX, CSAF 2.0) to join to the SBOM's components by purl (repeatable)." };
        var schemas = new Option<string?>("--schemas") { Description = "A folder holding the official JSON schemas (bom-1.6.schema.json with the files it references, spdx-2.3.schema.json, spdx-3.0.1.schema.json) to validate against." };
        var format = new Option<string>("--format", "-f") { Description = "text, md or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var standards = CommonOptions.Standards();
        var command = new Command("check", "Per profile field, the share of components that carry it and the first that do not; the format's schema; VEX statements left open. Exit 0 when every profile is complete, 4 when one is not or a vulnerability is open, 1 when the SBOM cannot be read.")
        {
            input, profiles, vex, schemas, format, standards,
        };
        command.SetAction(parse =>
        {
            var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory)]);
            DiagnosticPrinter.Print(set.Diagnostics, cli.Error);
            if (set.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            var chosen = Choose(set.SbomProfiles, parse.GetValue(profiles) ?? [], out var unknown);
            if (unknown is not null)
            {
                cli.Error.WriteLine($"error: no SBOM profile '{VisibleText.Escape(unknown)}'; loaded: {string.Join(", ", set.SbomProfiles.Select(p => p.Key))}.");
                return ExitCodes.Usage;
            }

            var diagnostics = new DiagnosticBag();
            var validator = parse.GetValue(schemas) is { } folder ? Schemas(Path.GetFullPath(folder, cli.WorkingDirectory), diagnostics, cli) : null;
            var statements = new List<VexStatement>();
            foreach (var path in parse.GetValue(vex) ?? [])
            {
                if (Open(path, cli, diagnostics) is { } vexStream)
                {
                    using (vexStream)
                    {
                        var read = VexReader.Read(vexStream, DisplayPaths.For(Path.GetFullPath(path, cli.WorkingDirectory), cli.WorkingDirectory));
                        diagnostics.AddRange(read.Diagnostics);
                        statements.AddRange(read.Statements);
                    }
                }
            }

            var sbomPath = parse.GetValue(input)!;
            var shown = DisplayPaths.For(Path.GetFullPath(sbomPath, cli.WorkingDirectory), cli.WorkingDirectory);
            using var stream = Open(sbomPath, cli, diagnostics);
            if (stream is null || diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics.ToImmutableSorted(), cli.Error);
                return ExitCodes.InputErrors;
            }

            var check = SbomCheck.Run(stream, shown, chosen, validator, statements);
            DiagnosticPrinter.Print([.. diagnostics.ToImmutableSorted(), .. check.Diagnostics], cli.Error);
            cli.Out.Write(parse.GetValue(format) switch
            {
                "json" => ApplicationJson.Serialize(SbomCheckJson.Of(check)),
                "md" => SbomCheckReport.Markdown(check),
                _ => SbomCheckReport.Text(check),
            });
            return check.HasErrors ? ExitCodes.InputErrors
                : check.Profiles.All(p => p.Complete) && !check.Vex.Open.Any() ? ExitCodes.Success
                : ExitCodes.Fail;
        });
        return command;
    }

    private static List<SbomProfile> Choose(IReadOnlyList<SbomProfile> loaded, string[] names, out string? unknown)
    {
        unknown = null;
        if (names.Length == 0)
        {
            return [.. loaded];
        }

        var chosen = new List<SbomProfile>();
        foreach (var name in names)
        {
            var matches = loaded.Where(p => p.Key == name || p.Id == name).ToList();
            if (matches.Count == 0)
            {
                unknown = name;
                return [];
            }

            chosen.AddRange(matches.Where(m => !chosen.Contains(m)));
        }

        return chosen;
    }

    private static FileStream? Open(string path, CliContext cli, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(path, cli.WorkingDirectory);
        var shown = DisplayPaths.For(full, cli.WorkingDirectory);
        var opening = InputFiles.Open(full);
        if (opening.File is { } file)
        {
            return file.Stream();
        }

        diagnostics.Add(opening.State == InputFileState.Missing
            ? Diagnostic.Create(DiagnosticCodes.PathNotFound, SourceLocation.WholeFile(shown), shown)
            : Diagnostic.Create(DiagnosticCodes.NotAnInputFile, SourceLocation.WholeFile(shown), shown, opening.Describe()));
        return null;
    }

    private static SbomSchemaValidator? Schemas(string folder, DiagnosticBag diagnostics, CliContext cli)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(DiagnosticCodes.PathNotFound, SourceLocation.WholeFile(DisplayPaths.For(folder, cli.WorkingDirectory)), folder);
            return null;
        }

        var files = Directory.EnumerateFiles(folder, "*.schema.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        var validator = SbomSchemaValidator.Load(files, out var errors);
        foreach (var error in errors)
        {
            diagnostics.Add(DiagnosticCodes.FileUnreadable, SourceLocation.WholeFile(DisplayPaths.For(folder, cli.WorkingDirectory)), error);
        }

        return validator;
    }
}
