using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Oscal.Json;

public static class OscalDocument
{
    /// <summary>
    /// Which of <paramref name="models"/> the document's root names, read from its first member without parsing the
    /// rest; reported (PB1201, PB1202) and null when it is none of them.
    /// </summary>
    public static string? ModelOf(ReadOnlyMemory<byte> json, string file, IReadOnlyCollection<string> models, DiagnosticBag diagnostics)
    {
        if (Utf8Validation.FirstInvalid(json.Span) is { } invalid)
        {
            diagnostics.Add(DiagnosticCodes.InvalidUtf8, new SourceLocation(file, invalid.Line, invalid.Column), invalid.Byte);
            return null;
        }

        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                // A "$schema" member may come first; the model is the first member that is not one.
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.GetString() is { } name)
                {
                    if (models.Contains(name))
                    {
                        return name;
                    }

                    if (!name.StartsWith('$'))
                    {
                        break;
                    }

                    reader.Skip();
                }
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Add(DiagnosticCodes.InvalidJson, new SourceLocation(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), ex.Message.Split(" Path:")[0]);
            return null;
        }

        diagnostics.Add(DiagnosticCodes.NotOscalDocument, new SourceLocation(file, 1, 1), string.Join(" or ", models));
        return null;
    }

    /// <summary>Parses OSCAL JSON and checks its root model; reports and returns null when it is neither valid JSON nor that model.</summary>
    public static JsonDocument? Open(ReadOnlyMemory<byte> json, string file, string model, DiagnosticBag diagnostics)
    {
        // System.Text.Json checks the bytes of a string only when it is read, so a bad byte would surface later as an exception.
        if (Utf8Validation.FirstInvalid(json.Span) is { } invalid)
        {
            diagnostics.Add(DiagnosticCodes.InvalidUtf8, new SourceLocation(file, invalid.Line, invalid.Column), invalid.Byte);
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            diagnostics.Add(DiagnosticCodes.InvalidJson, new SourceLocation(file, line, column), ex.Message.Split(" Path:")[0]);
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty(model, out var root) || root.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            diagnostics.Add(DiagnosticCodes.NotOscalDocument, new SourceLocation(file, 1, 1), model);
            return null;
        }

        // NIST's own SSDF catalog writes "v1.1.3", so a leading v is read as part of the number.
        if ((root.Object("metadata") ?? default).String("oscal-version") is { } version && !version.TrimStart('v').StartsWith("1.", StringComparison.Ordinal))
        {
            document.Dispose();
            diagnostics.Add(DiagnosticCodes.UnsupportedOscalVersion, JsonLocations.Find(json, $"/{model}/metadata/oscal-version", file), version);
            return null;
        }

        return document;
    }
}
