using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Nodes;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>Turns a file's bytes into a node tree and checks the header every file starts with.</summary>
public static class YamlDocument
{
    public const string SchemaVersion = "1";

    /// <summary>The file's node tree; see <see cref="YamlTreeReader.Read"/> for <paramref name="streamedKey"/>.</summary>
    public static YNode? Parse(ReadOnlyMemory<byte> bytes, ReadContext context, string? streamedKey = null, Action<YNode>? onStreamedItem = null)
    {
        var before = context.Diagnostics.Count;
        var root = Utf8Text.Check(bytes, context.File, context.Diagnostics) is { } utf8 ? YamlTreeReader.Read(utf8, context, streamedKey, onStreamedItem) : null;
        if (root is null or YScalar { IsNull: true } && context.Diagnostics.Count == before)
        {
            context.Diagnostics.Add(DiagnosticCodes.EmptyValue, context.At(1, 1), "the file");
            return null;
        }

        return root;
    }

    /// <summary>Reports a wrong <c>kind</c> or an unsupported <c>schema-version</c>; returns false when the file is not of this kind.</summary>
    public static bool CheckHeader(MappingReader mapping, string expectedKind)
    {
        var kindNode = mapping.Required("kind");
        var kind = YamlValues.ReadString(kindNode, "kind", mapping.Context);
        if (kind is not null && !string.Equals(kind, expectedKind, StringComparison.Ordinal))
        {
            mapping.Context.Report(DiagnosticCodes.UnknownDocumentKind, kindNode!, kind, expectedKind);
            return false;
        }

        var versionNode = mapping.Required("schema-version");
        if (YamlValues.ReadString(versionNode, "schema-version", mapping.Context) is { } version
            && !string.Equals(version, SchemaVersion, StringComparison.Ordinal))
        {
            mapping.Context.Report(DiagnosticCodes.UnsupportedSchemaVersion, versionNode!, version, SchemaVersion);
        }

        return true;
    }

    /// <summary>Reads only the <c>kind</c> of a parsed file, so a folder of mixed files can be sorted.</summary>
    public static string? PeekKind(YNode? root) =>
        root is YMapping mapping && mapping.Get("kind") is YScalar { IsNull: false } kind ? kind.Value : null;
}
