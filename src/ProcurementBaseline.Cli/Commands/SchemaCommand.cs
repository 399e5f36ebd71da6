using System.CommandLine;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Cli.Commands;

/// <summary><c>procbase schema [kind] [--out dir]</c>: the JSON Schemas of the YAML formats, as the standards in use ship them.</summary>
public static class SchemaCommand
{
    /// <summary>The formats with a schema; each file is <c>schemas/&lt;kind&gt;.schema.json</c> in the standards folder.</summary>
    public static readonly string[] Kinds = ["attestation", "baseline", "catalog", "crosswalk", "sbom-profile", "selection"];

    public static Command Create(CliContext cli)
    {
        var kind = new Argument<string?>("kind") { Description = $"One of: {string.Join(", ", Kinds)}. Without it, with --out, every schema.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "A folder to write the schema into, with the schemas it refers to (so an editor can resolve them). Default: print it.",
        };
        var standards = CommonOptions.Standards();
        var command = new Command("schema", "Print the JSON Schema of a YAML format (attestation, baseline, catalog, crosswalk, sbom-profile, selection), or write them to a folder.")
        {
            kind, output, standards,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(kind);
            var folder = parse.GetValue(output);
            if (name is not null && !Kinds.Contains(name, StringComparer.Ordinal))
            {
                cli.Error.WriteLine($"error: no schema '{VisibleText.Escape(name)}'; the schemas are {string.Join(", ", Kinds)}.");
                return ExitCodes.Usage;
            }

            if (name is null && folder is null)
            {
                cli.Error.WriteLine($"error: name a schema ({string.Join(", ", Kinds)}), or give --out <folder> to write them all.");
                return ExitCodes.Usage;
            }

            var schemas = Path.Combine(StandardsFiles.Locate(parse.GetValue(standards), cli.WorkingDirectory), "schemas");
            try
            {
                if (folder is null)
                {
                    cli.Out.Write(File.ReadAllText(Path.Combine(schemas, $"{name}.schema.json")));
                    return ExitCodes.Success;
                }

                // The schemas refer to each other (an attestation's dates are the catalog schema's), so all are written.
                var target = Path.GetFullPath(folder, cli.WorkingDirectory);
                Directory.CreateDirectory(target);
                foreach (var each in Kinds)
                {
                    AtomicFileWriter.WriteText(Path.Combine(target, $"{each}.schema.json"), File.ReadAllText(Path.Combine(schemas, $"{each}.schema.json")));
                }

                cli.Error.WriteLine($"Wrote {Kinds.Length} schemas to {VisibleText.Escape(folder)}.");
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                cli.Error.WriteLine($"error: {VisibleText.Escape(ex.Message)}");
                return ExitCodes.InputErrors;
            }
        });
        return command;
    }
}
