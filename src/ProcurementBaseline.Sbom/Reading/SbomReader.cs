using System.Text;
using System.Text.Json;
using System.Xml;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Json;
using ProcurementBaseline.Sbom.Xml;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Sbom.Reading;

/// <summary>
/// Reads any supported SBOM from a stream into a sink, telling the format from the content. Every problem is a
/// diagnostic; a document that cannot be read to its end gives no metadata, so it can never count as evidence.
/// </summary>
public static class SbomReader
{
    public static SbomReadResult Read(Stream stream, string file, ISbomSink sink, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        using var peeked = PeekedStream.Open(stream, DocumentKinds.SniffBytes);
        var kind = DocumentKinds.Sniff(peeked.Head);
        if (kind is not (DocumentKind.CycloneDxJson or DocumentKind.CycloneDxXml or DocumentKind.Spdx2Json or DocumentKind.Spdx3JsonLd))
        {
            var why = kind == DocumentKind.Unknown ? Unknown(peeked.Head) : $"it is {kind.Name()}, a VEX document";
            diagnostics.Add(DiagnosticCodes.NotAnSbom, SourceLocation.WholeFile(file), why);
            return new SbomReadResult(null, diagnostics.ToImmutableSorted());
        }

        WarnOnMisleadingName(file, kind, diagnostics);
        SbomMetadata? metadata = null;
        try
        {
            metadata = kind switch
            {
                DocumentKind.CycloneDxXml => new CycloneDxXmlReader(XmlInput.Create(peeked, cancellation), file, sink, diagnostics).Read(),
                _ => ReadJson(peeked, file, kind, sink, diagnostics),
            };
        }
        catch (SbomReadException e)
        {
            diagnostics.Add(e.Location.Line == 0 ? DiagnosticCodes.SbomUnreadable : Code(e), e.Location, e.Message);
        }
        catch (JsonException e)
        {
            diagnostics.Add(DiagnosticCodes.SbomUnreadable, new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), $"the JSON is malformed: {FirstSentence(e.Message)}");
        }
        catch (XmlException e) when (XmlInput.IsDtd(e))
        {
            diagnostics.Add(DiagnosticCodes.SbomDtd, new SourceLocation(file, e.LineNumber, e.LinePosition));
        }
        catch (XmlException e)
        {
            diagnostics.Add(DiagnosticCodes.SbomUnreadable, new SourceLocation(file, e.LineNumber, e.LinePosition), $"the XML is malformed: {FirstSentence(e.Message)}");
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(DiagnosticCodes.SbomUnreadable, SourceLocation.WholeFile(file), "the file is not valid UTF-8");
        }

        return new SbomReadResult(diagnostics.HasErrors ? null : metadata, diagnostics.ToImmutableSorted());
    }

    private static DiagnosticDescriptor Code(SbomReadException e) =>
        e.Message.StartsWith("components are nested deeper", StringComparison.Ordinal) ? DiagnosticCodes.SbomTooDeep : DiagnosticCodes.SbomUnreadable;

    private static SbomMetadata? ReadJson(Stream stream, string file, DocumentKind kind, ISbomSink sink, DiagnosticBag diagnostics)
    {
        using var json = new JsonTokenStream(stream, file, CycloneDxLimits.MaxJsonDepth);
        return kind switch
        {
            DocumentKind.CycloneDxJson => new CycloneDxJsonReader(json, file, sink, diagnostics).Read(),
            DocumentKind.Spdx2Json => new Spdx2JsonReader(json, file, sink, diagnostics).Read(),
            _ => new Spdx3JsonReader(json, file, sink, diagnostics).Read(),
        };
    }

    private static void WarnOnMisleadingName(string file, DocumentKind kind, DiagnosticBag diagnostics)
    {
        if (DocumentKinds.Named(Path.GetFileName(file)) is { } named && Family(named) != Family(kind))
        {
            diagnostics.Add(DiagnosticCodes.SbomExtensionMismatch, SourceLocation.WholeFile(file), Path.GetFileName(file), kind.Name());
        }
    }

    private static string Family(DocumentKind kind) => kind switch
    {
        DocumentKind.CycloneDxJson or DocumentKind.CycloneDxXml => "cyclonedx",
        DocumentKind.Spdx2Json or DocumentKind.Spdx3JsonLd => "spdx",
        _ => kind.ToString(),
    };

    private static string Unknown(ReadOnlySpan<byte> head) => head.Trim(" \t\r\n"u8).IsEmpty
        ? "it is empty"
        : "it has no bomFormat, spdxVersion or SPDX 3 @graph in its first 64 KiB";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
