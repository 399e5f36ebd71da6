using ProcurementBaseline.Text;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Oscal;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Profiles;
using ProcurementBaseline.Yaml.Catalogs;

namespace ProcurementBaseline.Cli.Commands.CatalogCommands;

/// <summary><c>procbase catalog import-oscal &lt;catalog.json&gt; --id --version --out</c>.</summary>
public static class CatalogImportOscalCommand
{
    public static Command Create(CliContext cli)
    {
        var input = new Argument<string>("catalog.json") { Description = "An OSCAL 1.x catalog in JSON." };
        var id = new Option<string>("--id") { Description = "Our id for the catalog, such as asd-ism.", Required = true };
        var version = new Option<string>("--version") { Description = "The catalog version, such as 2025.12.9.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The catalog YAML file to write.", Required = true };
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "AU, US, IN, JP or Quad.", Required = true };
        var status = new Option<string>("--status") { Description = "final, draft or withdrawn.", DefaultValueFactory = _ => "final" };
        var ids = new Option<OscalIdStyle>("--ids") { Description = "Which OSCAL identifier becomes the control id: oscal (ism-1419) or label (SA-11(1)).", DefaultValueFactory = _ => OscalIdStyle.Oscal };
        var title = new Option<string?>("--title") { Description = "Overrides the OSCAL metadata title." };
        var publisher = new Option<string?>("--publisher") { Description = "Overrides the publisher named in the OSCAL metadata." };
        var released = new Option<string?>("--released") { Description = "Overrides the release date (YYYY-MM-DD) taken from the metadata." };
        var referenceCatalogs = new Option<string[]>("--reference-catalog") { Description = "SCHEME=catalog-id: a reference scheme that names one of our catalogs (repeatable), such as SP80053=nist-sp800-53." };
        var profiles = new Option<string[]>("--profile-applicability") { Description = "DIMENSION:VALUE=profile.json: mark the controls an OSCAL profile selects (repeatable), such as baseline:MODERATE=moderate.json." };
        var source = new SourceOptions();
        var command = new Command("import-oscal", "Convert an OSCAL catalog (JSON) to a catalog file, keeping ids, statements with parameters rendered, guidance, props, links and references.")
        {
            input, id, version, output, jurisdiction, status, ids, title, publisher, released, referenceCatalogs, profiles,
        };
        foreach (var option in source.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var catalogVersion = Parse<CatalogVersion>(parse.GetValue(version)!, CatalogVersion.TryParse, "--version", errors);
            var nation = Word(parse.GetValue(jurisdiction)!, CatalogWords.Jurisdictions, "--jurisdiction", errors);
            var catalogStatus = Word(parse.GetValue(status)!, CatalogWords.Statuses, "--status", errors);
            DateOnly? releaseDate = parse.GetValue(released) is { } r
                ? Parse<DateOnly>(r, (string s, out DateOnly d) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d), "--released", errors)
                : null;
            var catalogSource = source.Build(parse, cli.Error);
            if (!CatalogIds.IsValid(parse.GetValue(id)))
            {
                errors.Add("--id must be lower-case letters, digits and hyphens, such as asd-ism.");
            }

            foreach (var error in errors)
            {
                cli.Error.WriteLine($"error: {error}");
            }

            if (errors.Count > 0 || catalogSource is null)
            {
                return ExitCodes.Usage;
            }

            var inputPath = Path.GetFullPath(parse.GetValue(input)!, cli.WorkingDirectory);
            if (!File.Exists(inputPath))
            {
                cli.Error.WriteLine($"error: {parse.GetValue(input)} does not exist.");
                return ExitCodes.InputErrors;
            }

            var diagnostics = new DiagnosticBag();
            var options = new OscalCatalogImportOptions
            {
                Id = parse.GetValue(id)!,
                Version = catalogVersion,
                Jurisdiction = nation,
                Status = catalogStatus,
                Source = catalogSource,
                IdStyle = parse.GetValue(ids),
                Title = parse.GetValue(title),
                Publisher = parse.GetValue(publisher),
                Released = releaseDate,
                ReferenceCatalogs = ParsePairs(parse.GetValue(referenceCatalogs)),
                ProfileApplicability = [.. (parse.GetValue(profiles) ?? []).Select(p => LoadProfile(p, inputPath, cli, diagnostics)).OfType<ProfileApplicability>()],
            };
            var shown = DisplayPaths.For(inputPath, cli.WorkingDirectory);
            if (OscalFiles.Read(inputPath, shown, diagnostics) is not { } catalogInput)
            {
                DiagnosticPrinter.Print(diagnostics.ToImmutableSorted(), cli.Error);
                return ExitCodes.InputErrors;
            }

            var result = OscalCatalogImporter.Import(catalogInput.Json, shown, options);
            diagnostics.AddRange(result.Diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToImmutableSorted(), cli.Error);
            if (result.Value is not { } catalog || diagnostics.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            var outputPath = Path.GetFullPath(parse.GetValue(output)!, cli.WorkingDirectory);
            AtomicFileWriter.WriteText(outputPath, CatalogYamlWriter.Write(catalog, SchemaLink.For(outputPath, "catalog.schema.json")));
            cli.Out.WriteLine($"Wrote {DisplayPaths.For(outputPath, cli.WorkingDirectory)}: {catalog.Ref}, {DiagnosticPrinter.Plural(catalog.ControlCount, "control")}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static ProfileApplicability? LoadProfile(string spec, string catalogPath, CliContext cli, DiagnosticBag diagnostics)
    {
        var equals = spec.IndexOf('=', StringComparison.Ordinal);
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (equals < 0 || colon < 0 || colon > equals)
        {
            cli.Error.WriteLine($"error: --profile-applicability '{spec}' is not DIMENSION:VALUE=profile.json.");
            return null;
        }

        var profilePath = Path.GetFullPath(spec[(equals + 1)..], cli.WorkingDirectory);
        var profile = OscalFiles.Read(profilePath, DisplayPaths.For(profilePath, cli.WorkingDirectory), diagnostics);
        var catalog = OscalFiles.Read(catalogPath, DisplayPaths.For(catalogPath, cli.WorkingDirectory), diagnostics);
        return profile is null || catalog is null
            ? null
            : OscalProfileImporter.ResolveApplicability(spec[..colon], spec[(colon + 1)..equals], profile.Json, profile.File, catalog.Json, catalog.File, diagnostics);
    }

    private static ImmutableDictionary<string, string> ParsePairs(string[]? pairs) =>
        (pairs ?? []).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToImmutableDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private delegate bool TryParser<T>(string text, out T value);

    private static T Parse<T>(string text, TryParser<T> parser, string option, List<string> errors)
        where T : struct
    {
        if (parser(text, out var value))
        {
            return value;
        }

        errors.Add($"{option} '{text}' is not valid.");
        return default;
    }

    private static T Word<T>(string text, EnumWords<T> words, string option, List<string> errors)
        where T : struct, Enum
    {
        if (words.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add($"{option} must be one of {words.Listing}.");
        return default;
    }
}
