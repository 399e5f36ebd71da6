using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>
/// Parses YAML text into a <see cref="YNode"/> tree that keeps positions. Duplicate keys and
/// non-string keys become diagnostics rather than exceptions; a syntax error ends the file.
/// </summary>
public static class YamlTreeReader
{
    public static YNode? Read(string text, ReadContext context)
    {
        var parser = new Parser(new StringReader(text));
        var builder = new TreeBuilder(parser, context);
        try
        {
            return builder.ReadStream();
        }
        catch (YamlException ex)
        {
            var line = (int)Math.Max(1, ex.Start.Line);
            var column = (int)Math.Max(1, ex.Start.Column);
            context.Diagnostics.Add(DiagnosticCodes.YamlSyntax, context.At(line, column), FirstSentence(ex.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, rather than a YamlException, on some malformed input
            // (an unterminated flow collection, for one). Report it where parsing last succeeded.
            var (line, column) = builder.LastPosition;
            context.Diagnostics.Add(DiagnosticCodes.YamlSyntax, context.At(line, column), "malformed YAML after this point (an unclosed [ or {, or a stray indicator?)");
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        // YamlDotNet prefixes "(Line: x, Col: y, Idx: z) - (...)": the position is already in the diagnostic.
        var dash = message.IndexOf("): ", StringComparison.Ordinal);
        return (dash >= 0 ? message[(dash + 3)..] : message).Trim();
    }

    private sealed class TreeBuilder(IParser parser, ReadContext context)
    {
        private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);

        public (int Line, int Column) LastPosition { get; private set; } = (1, 1);

        public YNode? ReadStream()
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode();
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart extra)
            {
                context.Diagnostics.Add(DiagnosticCodes.YamlSyntax, context.At((int)extra.Start.Line, (int)extra.Start.Column),
                    "a file holds exactly one YAML document; the documents after the first are ignored");
            }

            return root;
        }

        private YNode ReadNode()
        {
            var current = parser.Current ?? throw new InvalidOperationException("The YAML parser ended unexpectedly.");
            LastPosition = ((int)current.Start.Line, (int)current.Start.Column);
            var node = current switch
            {
                Scalar scalar => ReadScalar(scalar),
                SequenceStart start => ReadSequence(start),
                MappingStart start => ReadMapping(start),
                AnchorAlias alias => ReadAlias(alias),
                _ => throw new InvalidOperationException($"Unexpected YAML event {current.GetType().Name}."),
            };
            if (current is NodeEvent { Anchor.IsEmpty: false } withAnchor)
            {
                _anchors[withAnchor.Anchor.Value] = node;
            }

            return node;
        }

        private YScalar ReadScalar(Scalar scalar)
        {
            parser.MoveNext();
            return new YScalar((int)scalar.Start.Line, (int)scalar.Start.Column, scalar.Value, scalar.Style == ScalarStyle.Plain);
        }

        private YNode ReadAlias(AnchorAlias alias)
        {
            parser.MoveNext();
            if (_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            throw new SemanticErrorException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor defined before it");
        }

        private YSequence ReadSequence(SequenceStart start)
        {
            parser.MoveNext();
            var items = new List<YNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode());
            }

            return new YSequence((int)start.Start.Line, (int)start.Start.Column, items);
        }

        private YMapping ReadMapping(MappingStart start)
        {
            parser.MoveNext();
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode();
                var value = ReadNode();
                if (key is not YScalar scalarKey)
                {
                    context.Report(DiagnosticCodes.WrongType, key, "key", "a string", key.Describe());
                    continue;
                }

                if (seen.TryGetValue(scalarKey.Value, out var first))
                {
                    context.Report(DiagnosticCodes.DuplicateKey, scalarKey, scalarKey.Value, first.Line);
                    continue;
                }

                seen.Add(scalarKey.Value, scalarKey);
                entries.Add(new(scalarKey, value));
            }

            return new YMapping((int)start.Start.Line, (int)start.Start.Column, entries);
        }
    }
}
