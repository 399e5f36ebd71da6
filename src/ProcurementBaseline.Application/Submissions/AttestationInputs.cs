using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>Expands the attestation arguments: files as given, folders searched for YAML files whose kind is attestation.</summary>
public static class AttestationInputs
{
    public static List<string> Expand(IEnumerable<string> arguments, string workingDirectory, TextWriter error)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                files.AddRange(Directory.EnumerateFiles(full, "*.yaml", SearchOption.AllDirectories)
                    .Where(IsAttestation)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                error.WriteLine($"error: '{argument}' does not exist.");
            }
        }

        return files;
    }

    private static bool IsAttestation(string path)
    {
        using var reader = new StreamReader(path);
        for (var i = 0; i < 20 && reader.ReadLine() is { } line; i++)
        {
            if (line.StartsWith("kind:", StringComparison.Ordinal))
            {
                return line[5..].Trim() == AttestationYamlReader.Kind;
            }
        }

        return false;
    }
}
