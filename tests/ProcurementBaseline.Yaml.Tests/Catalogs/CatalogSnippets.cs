namespace ProcurementBaseline.Tests.Catalogs;

/// <summary>A small valid catalog, and a way to make it wrong one line at a time.</summary>
internal static class CatalogSnippets
{
    // Line numbers matter to the diagnostic tests: keep this text's lines as they are.
    public const string Valid = """
        kind: catalog
        schema-version: "1"
        id: sample
        title: Sample catalog
        publisher: Tests
        jurisdiction: AU
        version: "1.0"
        released: "2025-01-31"
        status: final
        source:
          url: https://example.org
          licence: CC BY 4.0
          attribution: Tests
          obtained: written by hand
          fidelity: verbatim
        groups:
          - id: g1
            title: Group one
            controls:
              - id: C-1
                title: First
                statement: Do the first thing.
                related: [C-2]
              - id: C-2
                title: {en: Second, ja: 第二}
                status: withdrawn
                successors:
                  - incorporated-into: C-1
        """;

    public static string Replace(string line, string replacement)
    {
        var lines = Valid.Split('\n');
        var index = Array.FindIndex(lines, l => l == line);
        if (index < 0)
        {
            throw new ArgumentException($"No line '{line}' in the sample.", nameof(line));
        }

        lines[index] = replacement;
        return string.Join('\n', lines);
    }
}
