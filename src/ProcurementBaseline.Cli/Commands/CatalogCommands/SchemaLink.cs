namespace ProcurementBaseline.Cli.Commands.CatalogCommands;

/// <summary>Finds the JSON Schema a written file should name in its editor modeline: the nearest <c>schemas/</c> folder above it.</summary>
internal static class SchemaLink
{
    public static string? For(string outputFile, string schemaFileName)
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(outputFile))!); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "schemas", schemaFileName);
            if (File.Exists(candidate))
            {
                return ProcurementBaseline.Application.IO.DisplayPaths.Relative(outputFile, candidate);
            }
        }

        return null;
    }
}
