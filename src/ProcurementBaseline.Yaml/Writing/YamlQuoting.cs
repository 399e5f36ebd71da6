using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProcurementBaseline.Yaml.Writing;

/// <summary>Text written by hand into YAML that is not emitted by <see cref="YamlEventWriter"/> (skeletons, in-place edits).</summary>
public static class YamlQuoting
{
    /// <summary>A double-quoted scalar that carries any text: a JSON string is a YAML double-quoted scalar.</summary>
    public static string DoubleQuoted(string text) => $"\"{JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";
}
