using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Oscal;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Profiles;
using ProcurementBaseline.Yaml.Selections;

namespace ProcurementBaseline.Cli.Commands.CatalogCommands;

/// <summary>
/// <c>procbase catalog import-oscal-profile &lt;profile.json&gt; --oscal-catalog &lt;catalog.json&gt; --catalog id@version --id --out</c>:
/// resolves an OSCAL profile against its catalog and writes the selected controls as a selection file.
/// </summary>
public static class CatalogImportOscalProfileCommand
{
    public static Command Create(CliContext cli)
    {
        var input = new Argument<string>("profile.json") { Description = "An OSCAL 1.x profile in JSON." };
        var oscalCatalog = new Option<string>("--oscal-catalog") { Description = "The OSCAL catalog (JSON) the profile (or the last profile of its chain) imports; imports of other profiles are read from the profile's folder.", Required = true };
        var catalog = new Option<string>("--catalog") { Description = "Our catalog version the selection draws on, as id@version.", Required = true };
        var id = new Option<string>("--id") { Description = "The selection's id, such as asd-ism-protected.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The selection YAML file to write.", Required = true };
        var ids = new Option<OscalIdStyle>("--ids") { Description = "oscal or label, as used when the catalog was imported.", DefaultValueFactory = _ => OscalIdStyle.Oscal };
        var title = new Option<string?>("--title") { Description = "Overrides the profile's metadata title." };
        var source = new SourceOptions();
        var command = new Command("import-oscal-profile", "Resolve an OSCAL profile (ISM PROTECTED, Essential Eight ML2, SP 800-53 MODERATE) and write its controls as a selection.")
        {
            input, oscalCatalog, catalog, id, output, ids, title,
        };
        foreach (var option in source.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var catalogSource = source.Build(parse, cli.Error);
            if (!CatalogRef.TryParse(parse.GetValue(catalog), out var catalogRef))
            {
                cli.Error.WriteLine("error: --catalog must be id@version, such as asd-ism@2025.12.9.");
                return ExitCodes.Usage;
            }

            if (catalogSource is null)
            {
                return ExitCodes.Usage;
            }

            var profilePath = Path.GetFullPath(parse.GetValue(input)!, cli.WorkingDirectory);
            var catalogPath = Path.GetFullPath(parse.GetValue(oscalCatalog)!, cli.WorkingDirectory);
            foreach (var path in new[] { profilePath, catalogPath }.Where(p => !File.Exists(p)))
            {
                cli.Error.WriteLine($"error: {DisplayPaths.For(path, cli.WorkingDirectory)} does not exist.");
                return ExitCodes.InputErrors;
            }

            var read = new DiagnosticBag();
            var profileInput = OscalFiles.Read(profilePath, DisplayPaths.For(profilePath, cli.WorkingDirectory), read);
            var catalogInput = OscalFiles.Read(catalogPath, DisplayPaths.For(catalogPath, cli.WorkingDirectory), read);
            if (profileInput is null || catalogInput is null)
            {
                DiagnosticPrinter.Print(read.ToImmutableSorted(), cli.Error);
                return ExitCodes.InputErrors;
            }

            // Imports of other profiles are read from the profile's folder, never outside it; any other import is the catalog given.
            var documents = new FolderOscalDocuments(Path.GetDirectoryName(profilePath)!, cli.WorkingDirectory, [catalogInput], catalogInput);
            var result = OscalProfileImporter.Import(
                profileInput.Json, profileInput.File, documents,
                new OscalProfileImportOptions
                {
                    Id = parse.GetValue(id)!,
                    Catalog = catalogRef,
                    Source = catalogSource,
                    IdStyle = parse.GetValue(ids),
                    Title = parse.GetValue(title),
                });
            DiagnosticPrinter.Print(result.Diagnostics, cli.Error);
            if (result.Value is not { } selection)
            {
                return ExitCodes.InputErrors;
            }

            var outputPath = Path.GetFullPath(parse.GetValue(output)!, cli.WorkingDirectory);
            AtomicFileWriter.WriteText(outputPath, SelectionYamlWriter.Write(selection, SchemaLink.For(outputPath, "selection.schema.json")));
            cli.Out.WriteLine($"Wrote {DisplayPaths.For(outputPath, cli.WorkingDirectory)}: {DiagnosticPrinter.Plural(selection.Controls.Length, "control")} of {selection.Catalog}" +
                (selection.NotInCatalog.Length > 0 ? $", {selection.NotInCatalog.Length} more not in this catalog version." : "."));
            return ExitCodes.Success;
        });
        return command;
    }
}
