using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Oscal;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Commands.CatalogCommands;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Mappings;
using ProcurementBaseline.Oscal.Validation;
using ProcurementBaseline.Oscal.Writing;
using ProcurementBaseline.Text;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Crosswalks;

namespace ProcurementBaseline.Cli.Commands.OscalCommands;

/// <summary><c>procbase oscal export|import|validate</c>: OSCAL 1.2 in and out, checked against NIST's schema.</summary>
public static class OscalCommands
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliContext cli) => new("oscal", "Export catalogs, baselines and crosswalks as OSCAL 1.2, import OSCAL catalogs and mapping collections, and validate OSCAL documents.")
    {
        CreateExport(cli),
        CreateImport(cli),
        CreateValidate(cli),
    };

    private static Command CreateExport(CliContext cli)
    {
        var kind = new Argument<string>("what") { Description = "catalog, baseline, selection, crosswalk, or all (every one loaded, into the --out folder)." };
        kind.AcceptOnlyFromAmong([.. OscalExports.Kinds, "all"]);
        var id = new Argument<string?>("id") { Description = "The catalog (id@version, or id for its latest version), baseline, selection or crosswalk (source--target) to export.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string>("--out", "-o") { Description = "The file to write (a folder for 'all').", Required = true };
        var asOf = CommonOptions.Date("--as-of", "The date the documents are last modified (YYYY-MM-DD), so the same standards give the same bytes. Default: today (UTC).");
        var standards = CommonOptions.Standards();
        var command = new Command("export", "Write OSCAL 1.2 JSON: a catalog, a baseline or selection as a profile, a crosswalk as a mapping collection. Assessment results and POA&Ms come from assess --format oscal.")
        {
            kind, id, output, asOf, standards,
        };
        command.SetAction(parse =>
        {
            var what = parse.GetValue(kind)!;
            var name = parse.GetValue(id);
            if ((what == "all") != (name is null))
            {
                cli.Error.WriteLine(what == "all" ? "error: 'all' takes no id." : $"error: name the {what} to export, such as: procbase oscal export {what} <id> --out file.json");
                return ExitCodes.Usage;
            }

            var set = new StandardsLoader(cli.WorkingDirectory).Load([StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory)]);
            DiagnosticPrinter.Print(set.Diagnostics, cli.Error);
            if (set.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            var date = parse.GetValue(asOf) ?? cli.Today;
            var outputPath = Path.GetFullPath(parse.GetValue(output)!, cli.WorkingDirectory);
            if (what == "all")
            {
                var count = 0;
                foreach (var export in OscalExports.All(set, date))
                {
                    AtomicFileWriter.WriteBytes(Path.Combine(outputPath, export.FileName), Utf8NoBom.GetBytes(OscalNodes.Serialize(export.Document)));
                    count++;
                }

                cli.Out.WriteLine($"Wrote {DiagnosticPrinter.Plural(count, "OSCAL document")} to {DisplayPaths.For(outputPath, cli.WorkingDirectory)}.");
                return ExitCodes.Success;
            }

            if (OscalExports.Find(set, what, name!, date, out var error) is not { } found)
            {
                cli.Error.WriteLine($"error: {VisibleText.Escape(error!)}.");
                return ExitCodes.InputErrors;
            }

            AtomicFileWriter.WriteBytes(outputPath, Utf8NoBom.GetBytes(OscalNodes.Serialize(found.Document)));
            cli.Out.WriteLine($"Wrote {DisplayPaths.For(outputPath, cli.WorkingDirectory)}: the {found.Kind} {found.Id} as OSCAL {OscalNamespace.OscalVersion}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateImport(CliContext cli)
    {
        var input = new Argument<string>("document.json") { Description = "An OSCAL catalog exported by procbase, or any OSCAL 1.2 mapping collection." };
        var output = new Option<string>("--out", "-o") { Description = "The catalog or crosswalk YAML file to write; a folder when a collection holds several mappings.", Required = true };
        var catalogs = new Option<string[]>("--catalog") { Description = "HREF=id@version: the catalog a mapping's source or target resource names (repeatable), such as ISO27001-AnnexA-catalog.json=iso27001-annex-a@2022." };
        var provenance = new Option<string>("--provenance") { Description = "official, reviewed, suggested or derived: whose mappings these are, where the maps do not say (default official: the publisher's own).", DefaultValueFactory = _ => "official" };
        var author = new Option<string?>("--author") { Description = "The mappings' author, where neither the maps nor the metadata's parties name one." };
        var command = new Command("import", "Read an OSCAL document back into our formats: a catalog procbase exported, or a mapping collection as crosswalks. Whatever a crosswalk cannot hold is reported, never dropped in silence.")
        {
            input, output, catalogs, provenance, author,
        };
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var named = ImmutableDictionary.CreateBuilder<string, CatalogRef>(StringComparer.Ordinal);
            foreach (var pair in parse.GetValue(catalogs) ?? [])
            {
                var equals = pair.LastIndexOf('=');
                if (equals <= 0 || !CatalogRef.TryParse(pair[(equals + 1)..], out var reference))
                {
                    errors.Add($"--catalog '{VisibleText.Escape(pair)}' must be HREF=id@version, such as a.json=iso27001-annex-a@2022.");
                    continue;
                }

                named[pair[..equals]] = reference;
            }

            if (!CrosswalkWords.Provenances.TryParse(parse.GetValue(provenance)!, out var whose))
            {
                errors.Add($"--provenance must be one of {CrosswalkWords.Provenances.Listing}.");
            }

            foreach (var error in errors)
            {
                cli.Error.WriteLine($"error: {error}");
            }

            if (errors.Count > 0)
            {
                return ExitCodes.Usage;
            }

            var path = Path.GetFullPath(parse.GetValue(input)!, cli.WorkingDirectory);
            var result = OscalImports.Import(path, DisplayPaths.For(path, cli.WorkingDirectory), new MappingCollectionImportOptions
            {
                Catalogs = named.ToImmutable(),
                Provenance = whose,
                Author = parse.GetValue(author),
            });
            DiagnosticPrinter.Print(result.Diagnostics, cli.Error);
            if (result.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            var outputPath = Path.GetFullPath(parse.GetValue(output)!, cli.WorkingDirectory);
            if (result.Catalog is { } catalog)
            {
                AtomicFileWriter.WriteText(outputPath, CatalogYamlWriter.Write(catalog, SchemaLink.For(outputPath, "catalog.schema.json")));
                cli.Out.WriteLine($"Wrote {DisplayPaths.For(outputPath, cli.WorkingDirectory)}: {catalog.Ref}, {DiagnosticPrinter.Plural(catalog.ControlCount, "control")}.");
                return ExitCodes.Success;
            }

            foreach (var crosswalk in result.Crosswalks)
            {
                var file = result.Crosswalks.Length == 1 ? outputPath : Path.Combine(outputPath, $"{crosswalk.Name}.yaml");
                AtomicFileWriter.WriteText(file, CrosswalkYamlWriter.Write(crosswalk, SchemaLink.For(file, "crosswalk.schema.json")));
                cli.Out.WriteLine($"Wrote {DisplayPaths.For(file, cli.WorkingDirectory)}: {crosswalk.Name}, {DiagnosticPrinter.Plural(crosswalk.Mappings.Length, "mapping")}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateValidate(CliContext cli)
    {
        var inputs = new Argument<string[]>("document.json") { Description = "OSCAL documents (JSON) of any model.", Arity = ArgumentArity.OneOrMore };
        var schema = new Option<string>("--schema")
        {
            Description = "NIST's complete OSCAL JSON Schema (oscal_complete_schema-1.2.2.json from an OSCAL release); procbase does not ship it.",
            Required = true,
        };
        var command = new Command("validate", "Validate OSCAL documents against NIST's schema for their model, and check what the schema cannot say (relationship tokens, references inside the document, ids defined twice). Exit 0 when all are valid, 1 otherwise.")
        {
            inputs, schema,
        };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var schemaPath = Path.GetFullPath(parse.GetValue(schema)!, cli.WorkingDirectory);
            var schemaShown = DisplayPaths.For(schemaPath, cli.WorkingDirectory);
            var schemaInput = OscalFiles.Read(schemaPath, schemaShown, diagnostics);
            var validator = schemaInput is null ? null : OscalSchemaValidator.Load(Encoding.UTF8.GetString(schemaInput.Json.Span), out var schemaError) ?? Report(schemaError);
            if (validator is null)
            {
                DiagnosticPrinter.Print(diagnostics.ToImmutableSorted(), cli.Error);
                return ExitCodes.InputErrors;
            }

            var valid = 0;
            var files = parse.GetValue(inputs)!;
            foreach (var file in files)
            {
                var path = Path.GetFullPath(file, cli.WorkingDirectory);
                var shown = DisplayPaths.For(path, cli.WorkingDirectory);
                var read = new DiagnosticBag();
                var result = OscalFiles.Read(path, shown, read) is { } input ? OscalDocumentValidator.Validate(input.Json, shown, validator) : new OscalDocumentValidator.Result(null, read.ToImmutableSorted());
                DiagnosticPrinter.Print(result.Diagnostics, cli.Error);
                valid += result.IsValid ? 1 : 0;
                cli.Out.WriteLine(result.IsValid
                    ? $"{shown}: valid OSCAL {result.Model}{(result.Diagnostics.IsEmpty ? "" : $" ({DiagnosticPrinter.Summary(result.Diagnostics)})")}."
                    : $"{shown}: not valid{(result.Model is null ? "" : $" OSCAL {result.Model}")}: {DiagnosticPrinter.Summary(result.Diagnostics)}.");
            }

            return valid == files.Length ? ExitCodes.Success : ExitCodes.InputErrors;

            OscalSchemaValidator? Report(string? reason)
            {
                diagnostics.Add(DiagnosticCodes.FileUnreadable, SourceLocation.WholeFile(schemaShown), $"it is not NIST's OSCAL JSON Schema ({reason})");
                return null;
            }
        });
        return command;
    }
}
