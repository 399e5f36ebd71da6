using System.Text.Json;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Oscal.Profiles;

/// <summary>
/// What profile resolution needs of a catalog, read in one streaming pass without building a document: every
/// control's id, label and place in document order, and its child controls. Statements, guidance, links and
/// parameters are skipped unread, so resolving a profile costs a scan of the catalog, not a parse of it.
/// </summary>
public sealed class CatalogOutline
{
    private readonly Dictionary<string, (string Id, int Order)> _controls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly OscalIdStyle _style;
    private int _next;

    private CatalogOutline(OscalIdStyle style) => _style = style;

    public IEnumerable<string> OscalIds => _controls.Keys;

    /// <summary>Reads the outline; null with PB1201, PB1202 or PB1208 reported when the bytes are not an OSCAL 1.x catalog.</summary>
    public static CatalogOutline? Read(ReadOnlyMemory<byte> json, string file, OscalIdStyle style, DiagnosticBag diagnostics)
    {
        if (Utf8Validation.FirstInvalid(json.Span) is { } invalid)
        {
            diagnostics.Add(DiagnosticCodes.InvalidUtf8, new SourceLocation(file, invalid.Line, invalid.Column), invalid.Byte);
            return null;
        }

        var outline = new CatalogOutline(style);
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            var found = false;
            reader.Read();
            Expect(ref reader, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("catalog"u8))
                {
                    reader.Read();
                    Expect(ref reader, JsonTokenType.StartObject);
                    found = true;
                    if (!outline.ReadOwner(ref reader, file, diagnostics))
                    {
                        return null;
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (!found)
            {
                diagnostics.Add(DiagnosticCodes.NotOscalDocument, new SourceLocation(file, 1, 1), "catalog");
                return null;
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Add(DiagnosticCodes.InvalidJson, new SourceLocation(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), ex.Message.Split(" Path:")[0]);
            return null;
        }

        return outline;
    }

    public bool Contains(string oscalId) => _controls.ContainsKey(oscalId);

    public int OrderOf(string oscalId) => _controls.TryGetValue(oscalId, out var entry) ? entry.Order : int.MaxValue;

    /// <summary>Our id for an OSCAL control id: the id itself, or its label when the catalog is imported with label ids.</summary>
    public string? Resolve(string oscalId) => _controls.TryGetValue(oscalId, out var entry) ? entry.Id : null;

    public IReadOnlyList<string> ChildrenOf(string oscalId) => _children.GetValueOrDefault(oscalId) ?? (IReadOnlyList<string>)[];

    /// <summary>
    /// Reads the members of the catalog or, without <paramref name="diagnostics"/>, of a group (the reader on its
    /// StartObject); false when the catalog's OSCAL version is not 1.x.
    /// </summary>
    private bool ReadOwner(ref Utf8JsonReader reader, string file, DiagnosticBag? diagnostics)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("groups"u8))
            {
                reader.Read();
                ReadItems(ref reader, isControl: false);
            }
            else if (reader.ValueTextEquals("controls"u8))
            {
                reader.Read();
                ReadItems(ref reader, isControl: true);
            }
            else if (diagnostics is not null && reader.ValueTextEquals("metadata"u8))
            {
                reader.Read();
                if (!MetadataVersionIsSupported(ref reader, file, diagnostics))
                {
                    return false;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return true;
    }

    private void ReadGroup(ref Utf8JsonReader reader) => ReadOwner(ref reader, file: string.Empty, diagnostics: null);

    /// <summary>Reads an array of groups or controls; returns the ids of the controls directly in it.</summary>
    private List<string> ReadItems(ref Utf8JsonReader reader, bool isControl)
    {
        var ids = new List<string>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return ids;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
            }
            else if (isControl)
            {
                if (ReadControl(ref reader) is { } id)
                {
                    ids.Add(id);
                }
            }
            else
            {
                ReadGroup(ref reader);
            }
        }

        return ids;
    }

    private string? ReadControl(ref Utf8JsonReader reader)
    {
        // The order is taken when the control opens, so a parent sorts before its children whatever order its members come in.
        var order = _next++;
        string? id = null;
        string? label = null;
        List<string> children = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("props"u8))
            {
                reader.Read();
                label ??= Label(ref reader);
            }
            else if (reader.ValueTextEquals("controls"u8))
            {
                reader.Read();
                children = ReadItems(ref reader, isControl: true);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // The first definition of an id wins, as the catalog importer's.
        if (id is null || !_controls.TryAdd(id, (_style == OscalIdStyle.Label && label is not null ? label : id, order)))
        {
            return null;
        }

        _children[id] = children;
        return id;
    }

    private static string? Label(ref Utf8JsonReader reader)
    {
        string? label = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            string? name = null;
            string? value = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isName = reader.ValueTextEquals("name"u8);
                var isValue = reader.ValueTextEquals("value"u8);
                reader.Read();
                if (isName && reader.TokenType == JsonTokenType.String)
                {
                    name = reader.GetString();
                }
                else if (isValue && reader.TokenType == JsonTokenType.String)
                {
                    value = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            if (name == "label" && label is null)
            {
                label = value;
            }
        }

        return label;
    }

    private static bool MetadataVersionIsSupported(ref Utf8JsonReader reader, string file, DiagnosticBag diagnostics)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return true;
        }

        var supported = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals("oscal-version"u8);
            reader.Read();
            if (isVersion && reader.TokenType == JsonTokenType.String && reader.GetString() is { } version && !version.TrimStart('v').StartsWith("1.", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCodes.UnsupportedOscalVersion, SourceLocation.WholeFile(file), version);
                supported = false;
            }
            else
            {
                reader.Skip();
            }
        }

        return supported;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"expected {type} but found {reader.TokenType}", null, 0, 0);
        }
    }
}
