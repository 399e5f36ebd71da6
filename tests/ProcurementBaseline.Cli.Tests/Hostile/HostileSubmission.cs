using System.Security.Cryptography;
using System.Globalization;
using System.Text;
using ProcurementBaseline.Tests.Commands;

namespace ProcurementBaseline.Tests.Hostile;

/// <summary>
/// A submission folder written by a test: an attestation (against the US baseline unless told otherwise) and the evidence files beside it.
/// Vendor fields are written as YAML double-quoted strings, so a test can put any character in them.
/// </summary>
internal sealed class HostileSubmission : IDisposable
{
    private readonly TempStandards _folder = new(withCatalogs: false);

    public string Root => _folder.Root;

    public string Attestation => Path.Combine(Root, "attestation.yaml");

    public string Vendor { get; init; } = "Vendor";

    public string Product { get; init; } = "Product";

    public string Date { get; init; } = "2026-11-01";

    /// <summary>The baselines the attestation says it is written against, as YAML flow list items.</summary>
    public string Against { get; init; } = "us-federal-software";

    /// <summary>Claims as YAML list items, each starting "  - control: ...".</summary>
    public List<string> Claims { get; } = [];

    public string Evidence(string relativePath, string text)
    {
        var path = _folder.Write(relativePath, text);
        return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
    }

    /// <summary>An implemented claim with one evidence file (written, with its real sha256).</summary>
    public HostileSubmission Implemented(string control, string evidencePath = "evidence/e.md", string? statement = null)
    {
        var sha = File.Exists(Path.Combine(Root, evidencePath)) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Root, evidencePath)))) : Evidence(evidencePath, "evidence\n");
        Claims.Add($$"""
              - control: {{control}}
                status: implemented
                statement: {{Quote(statement ?? "Implemented.")}}
                evidence:
                  - {title: Evidence, path: {{evidencePath}}, sha256: {{sha}}, issued: "2026-03-01", expires: "2027-03-01"}
            """);
        return this;
    }

    public string Write(params string[] extraTopLevel)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            kind: attestation
            schema-version: "1"
            vendor: {name: {{Quote(Vendor)}}}
            product: {name: {{Quote(Product)}}, version: "1"}
            date: "{{Date}}"
            signatory: {name: Signer}
            against: [{{Against}}]

            """);
        foreach (var line in extraTopLevel)
        {
            text.Append(line).Append('\n');
        }

        text.Append("claims:\n");
        foreach (var claim in Claims)
        {
            text.Append(claim.TrimEnd()).Append('\n');
        }

        return _folder.Write("attestation.yaml", text.ToString());
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>, every control character escaped.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or '\u007f' or (>= '\u0080' and <= '\u009f') => $"\\x{(int)c:x2}",
                '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    public void Dispose() => _folder.Dispose();
}
