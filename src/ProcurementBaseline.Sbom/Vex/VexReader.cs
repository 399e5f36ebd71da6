using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Sbom.Reading;
using ProcurementBaseline.Sboms;
using ProcurementBaseline.Vex;

namespace ProcurementBaseline.Sbom.Vex;

/// <summary>
/// Reads VEX statements from CycloneDX (a BOM's vulnerabilities, with or without components), OpenVEX (0.0.x and 0.2)
/// and CSAF 2.0 (the csaf_vex profile's product status, products resolved to purls through the product tree).
/// OpenVEX and CSAF documents are parsed whole, so they are limited in size.
/// </summary>
public static class VexReader
{
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    public static VexReadResult Read(Stream stream, string file)
    {
        using var peeked = PeekedStream.Open(stream, DocumentKinds.SniffBytes);
        var kind = DocumentKinds.Sniff(peeked.Head);
        switch (kind)
        {
            case DocumentKind.CycloneDxJson or DocumentKind.CycloneDxXml or DocumentKind.Spdx3JsonLd:
                var statements = new StatementSink();
                var read = SbomReader.Read(peeked, file, statements);
                return new VexReadResult(kind, read.Succeeded ? [.. statements.Statements] : [], read.Diagnostics);
            case DocumentKind.OpenVex or DocumentKind.Csaf:
                return ReadWhole(peeked, file, kind);
            default:
                return new VexReadResult(kind, [], [Diagnostic.Create(DiagnosticCodes.NotAVex, SourceLocation.WholeFile(file), kind == DocumentKind.Unknown ? "its format is not recognised" : $"it is {kind.Name()}")]);
        }
    }

    private static VexReadResult ReadWhole(Stream stream, string file, DocumentKind kind)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxDocumentBytes)
            {
                return Failed(kind, file, $"the document is larger than {MaxDocumentBytes / (1024 * 1024)} MiB");
            }
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 256 });
            var statements = kind == DocumentKind.OpenVex ? OpenVexStatements.Read(document.RootElement, file) : CsafStatements.Read(document.RootElement, file);
            return new VexReadResult(kind, statements, []);
        }
        catch (JsonException e)
        {
            return new VexReadResult(kind, [], [Diagnostic.Create(DiagnosticCodes.SbomUnreadable, new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), $"the JSON is malformed: {e.Message.Split(" LineNumber")[0]}")]);
        }
        catch (InvalidOperationException e)
        {
            return Failed(kind, file, e.Message);
        }
    }

    private static VexReadResult Failed(DocumentKind kind, string file, string why) =>
        new(kind, [], [Diagnostic.Create(DiagnosticCodes.SbomUnreadable, SourceLocation.WholeFile(file), why)]);

    private sealed class StatementSink : ISbomSink
    {
        public List<VexStatement> Statements { get; } = [];

        public void Subject(SbomComponent subject)
        {
        }

        public void Component(SbomComponent component)
        {
        }

        public void Relationship(SbomRelationship relationship)
        {
        }

        public void Statement(VexStatement statement) => Statements.Add(statement);
    }
}
