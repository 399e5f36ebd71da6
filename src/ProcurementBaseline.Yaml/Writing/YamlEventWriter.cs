using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using ProcurementBaseline.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProcurementBaseline.Yaml.Writing;

/// <summary>
/// A thin, deterministic layer over YamlDotNet's emitter: block style, two-space indents, no line folding,
/// multi-line strings as literal blocks, and quotes on any string a YAML reader would take for a number, boolean or null.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "A StringWriter holds no unmanaged resource.")]
public sealed partial class YamlEventWriter
{
    private readonly StringWriter _output = new() { NewLine = "\n" };
    private readonly Emitter _emitter;

    public YamlEventWriter(string? leadingComment = null)
    {
        foreach (var line in leadingComment?.Split('\n') ?? [])
        {
            _output.Write("# ");
            _output.Write(line);
            _output.Write('\n');
        }

        _emitter = new Emitter(_output, EmitterSettings.Default.WithBestWidth(int.MaxValue).WithIndentedSequences().WithNewLine("\n"));
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart());
    }

    /// <summary>A writer for a standards file: the editor modeline naming its schema (when given), then a comment.</summary>
    public static YamlEventWriter ForFile(string? schemaPath, string? comment)
    {
        var lines = string.Join("\n", new[] { schemaPath is null ? null : $"yaml-language-server: $schema={schemaPath}", comment }.Where(c => c is not null));
        return new YamlEventWriter(lines.Length == 0 ? null : lines);
    }

    public void BeginMapping() => _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));

    public void EndMapping() => _emitter.Emit(new MappingEnd());

    public void BeginList() => _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));

    public void EndList() => _emitter.Emit(new SequenceEnd());

    public void Scalar(string value) => _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, StyleFor(value), true, true));

    public void Key(string key) => Scalar(key);

    public void Flag(string key, bool value)
    {
        Key(key);
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value ? "true" : "false", ScalarStyle.Plain, true, false));
    }

    /// <summary>A number, written plain so that it reads back as a number.</summary>
    public void Number(string key, double value)
    {
        Key(key);
        var text = value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, true, false));
    }

    public void Entry(string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        Key(key);
        Scalar(value);
    }

    public void Entry(string key, LocalizedText? value)
    {
        if (value is null)
        {
            return;
        }

        Key(key);
        Text(value);
    }

    /// <summary>A single-language English text is written as a plain string; others as a language mapping.</summary>
    public void Text(LocalizedText value)
    {
        if (!value.IsMultilingual && value.Get(LocalizedText.English) is { } english)
        {
            Scalar(english);
            return;
        }

        BeginMapping();
        foreach (var (language, text) in value.Translations)
        {
            Entry(language, text);
        }

        EndMapping();
    }

    public void List(string key, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        Key(key);
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, values.All(IsShort) ? SequenceStyle.Flow : SequenceStyle.Block));
        foreach (var value in values)
        {
            Scalar(value);
        }

        EndList();
    }

    public string Finish()
    {
        _emitter.Emit(new DocumentEnd(true));
        _emitter.Emit(new StreamEnd());
        return _output.ToString();
    }

    private static bool IsShort(string value) => value.Length <= 24 && !value.Contains(',', StringComparison.Ordinal);

    private static ScalarStyle StyleFor(string value)
    {
        // Double quotes can carry anything, as escapes; the other styles cannot carry control characters (tab and CR
        // included), line separators, or spaces at the ends, which YAML trims or cannot represent.
        if (value.Length == 0 || value.Any(NeedsEscape) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return ScalarStyle.DoubleQuoted;
        }

        if (value.Contains('\n', StringComparison.Ordinal))
        {
            // Literal blocks cannot carry trailing spaces on a line or a blank first line; quote those.
            return value.Contains(" \n", StringComparison.Ordinal) || value.StartsWith('\n') ? ScalarStyle.DoubleQuoted : ScalarStyle.Literal;
        }

        return AmbiguousPlain().IsMatch(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
    }

    private static bool NeedsEscape(char c) =>
        (c < ' ' && c != '\n') || c is >= '\u007f' and <= '\u009f' || c is '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff';

    // Plain scalars that YAML 1.1 or 1.2 readers (editors included) would not read as strings.
    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.inf|\.nan|\d{4}-\d{2}-\d{2}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmbiguousPlain();
}
