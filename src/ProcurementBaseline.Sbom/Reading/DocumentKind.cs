using System.Text;

namespace ProcurementBaseline.Sbom.Reading;

/// <summary>What a document is, told from its first bytes rather than its name (a vendor may name an SPDX file .cdx.json).</summary>
public enum DocumentKind
{
    Unknown,
    CycloneDxJson,
    CycloneDxXml,
    Spdx2Json,
    Spdx3JsonLd,
    OpenVex,
    Csaf,
}

public static class DocumentKinds
{
    /// <summary>How many bytes are looked at to tell the kind.</summary>
    public const int SniffBytes = 64 * 1024;

    public static DocumentKind Sniff(ReadOnlySpan<byte> head)
    {
        var text = head.TrimStart("\xEF\xBB\xBF"u8).TrimStart(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            return DocumentKind.Unknown;
        }

        if (text[0] == (byte)'<')
        {
            return text.IndexOf("cyclonedx.org/schema/bom"u8) >= 0 ? DocumentKind.CycloneDxXml : DocumentKind.Unknown;
        }

        if (text[0] != (byte)'{')
        {
            return DocumentKind.Unknown;
        }

        return true switch
        {
            _ when text.IndexOf("\"bomFormat\""u8) >= 0 => DocumentKind.CycloneDxJson,
            _ when text.IndexOf("\"spdxVersion\""u8) >= 0 => DocumentKind.Spdx2Json,
            _ when text.IndexOf("openvex.dev/ns"u8) >= 0 => DocumentKind.OpenVex,
            _ when text.IndexOf("\"csaf_version\""u8) >= 0 => DocumentKind.Csaf,
            _ when text.IndexOf("\"@graph\""u8) >= 0 || text.IndexOf("spdx.org/rdf/3"u8) >= 0 => DocumentKind.Spdx3JsonLd,
            _ => DocumentKind.Unknown,
        };
    }

    public static string Name(this DocumentKind kind) => kind switch
    {
        DocumentKind.CycloneDxJson => "CycloneDX JSON",
        DocumentKind.CycloneDxXml => "CycloneDX XML",
        DocumentKind.Spdx2Json => "SPDX 2 JSON",
        DocumentKind.Spdx3JsonLd => "SPDX 3 JSON-LD",
        DocumentKind.OpenVex => "OpenVEX",
        DocumentKind.Csaf => "CSAF",
        _ => "an unknown format",
    };

    /// <summary>The kind a file's name says it holds, or null when the name says nothing (".json").</summary>
    public static DocumentKind? Named(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        return true switch
        {
            _ when name.EndsWith(".cdx.json", StringComparison.Ordinal) || name.EndsWith(".bom.json", StringComparison.Ordinal) => DocumentKind.CycloneDxJson,
            _ when name.EndsWith(".cdx.xml", StringComparison.Ordinal) || name.EndsWith(".bom.xml", StringComparison.Ordinal) => DocumentKind.CycloneDxXml,
            _ when name.EndsWith(".spdx.json", StringComparison.Ordinal) => DocumentKind.Spdx2Json,
            _ when name.EndsWith(".spdx3.json", StringComparison.Ordinal) || name.EndsWith(".spdx.jsonld", StringComparison.Ordinal) => DocumentKind.Spdx3JsonLd,
            _ when name.EndsWith(".openvex.json", StringComparison.Ordinal) => DocumentKind.OpenVex,
            _ => null,
        };
    }

    internal static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes);
}
