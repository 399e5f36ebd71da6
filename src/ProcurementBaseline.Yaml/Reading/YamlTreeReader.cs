using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>
/// Parses YAML text into a <see cref="YNode"/> tree that keeps positions. Duplicate keys and non-string keys become
/// diagnostics rather than exceptions; a syntax error ends the file. Hostile input is bounded: nesting deeper than
/// <see cref="MaxDepth"/> (so no reader of the tree can run out of stack) and aliases that would expand the document
/// past <see cref="MaxExpansion"/> times its size (a "billion laughs") stop the read with one diagnostic each.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>The deepest nesting read. The deepest shipped file nests 14 levels.</summary>
    public const int MaxDepth = 128;

    /// <summary>Aliases may make the tree readers walk at most this many times the nodes the file holds, plus <see cref="ExpansionAllowance"/>.</summary>
    public const int MaxExpansion = 4;

    public const int ExpansionAllowance = 100_000;

    /// <summary>
    /// Parses checked UTF-8 (<see cref="Utf8Text.Check"/>). When <paramref name="streamedKey"/> names a top-level key
    /// whose value is a list, each item is handed to <paramref name="onStreamedItem"/> as soon as it is read and then
    /// dropped, and the tree holds an empty list marked <see cref="YSequence.IsStreamed"/> in its place: a file of a
    /// hundred thousand claims is never held as a tree.
    /// </summary>
    public static YNode? Read(ReadOnlyMemory<byte> utf8, ReadContext context, string? streamedKey = null, Action<YNode>? onStreamedItem = null)
    {
        if (YamlCharacters.FirstForbidden(utf8.Span) is { } bad)
        {
            context.Diagnostics.Add(DiagnosticCodes.ForbiddenCharacter, context.At(bad.Line, bad.Column), bad.Name, bad.Escape);
            return null;
        }

        using var reader = Utf8Text.Reader(utf8);
        var parser = new Parser(reader);
        var builder = new TreeBuilder(parser, context, streamedKey, onStreamedItem);
        try
        {
            return builder.ReadStream();
        }
        catch (YamlException ex)
        {
            var (line, column) = ((int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
            var message = FirstSentence(ex.Message);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && YamlCharacters.FirstIndentingTab(utf8.Span) is { } tab)
            {
                (line, column, message) = (tab.Line, tab.Column, "a tab character indents this line; YAML indents with spaces only");
            }

            context.Diagnostics.Add(DiagnosticCodes.YamlSyntax, context.At(line, column), message);
            return null;
        }
        catch (TooDeepException ex)
        {
            context.Diagnostics.Add(DiagnosticCodes.NestingTooDeep, context.At(ex.Line, ex.Column), MaxDepth);
            return null;
        }
        catch (TooLargeException ex)
        {
            context.Diagnostics.Add(DiagnosticCodes.AliasExpansionTooLarge, context.At(ex.Line, ex.Column), ex.Limit, ex.Nodes);
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
        catch (ArgumentException ex)
        {
            // And this on a tag it cannot read ("!!!!"), found by fuzzing: ArgumentException: Global tags must be valid URIs.
            var (line, column) = builder.LastPosition;
            context.Diagnostics.Add(DiagnosticCodes.YamlSyntax, context.At(line, column), $"malformed YAML after this point: {FirstSentence(ex.Message.Split(" (Parameter", 2)[0])}");
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        // YamlDotNet prefixes "(Line: x, Col: y, Idx: z) - (...)": the position is already in the diagnostic.
        var dash = message.IndexOf("): ", StringComparison.Ordinal);
        return (dash >= 0 ? message[(dash + 3)..] : message).Trim();
    }

    private sealed class TooDeepException(int line, int column) : Exception
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
    }

    private sealed class TooLargeException(int line, int column, long limit, long nodes) : Exception
    {
        public int Line { get; } = line;

        public int Column { get; } = column;

        public long Limit { get; } = limit;

        public long Nodes { get; } = nodes;
    }

    /// <summary>
    /// Builds the tree, counting for each node its weight: the nodes a reader walks when it reads it, aliases
    /// included. An alias adds its anchor's whole weight, so nine levels of nine aliases weigh 9^9 and are caught
    /// here, before any reader walks them.
    /// </summary>
    private sealed class TreeBuilder(IParser parser, ReadContext context, string? streamedKey, Action<YNode>? onStreamedItem)
    {
        /// <summary>Short values repeat (keys, statuses, dates, hashes); one copy of each is kept, up to this many.</summary>
        private const int MaxPooled = 1 << 16;

        private readonly Dictionary<string, (YNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        private long _nodes;
        private long _weight;

        public (int Line, int Column) LastPosition { get; private set; } = (1, 1);

        public YNode? ReadStream()
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var (root, _) = ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart extra)
            {
                context.Diagnostics.Add(DiagnosticCodes.YamlSyntax, context.At((int)extra.Start.Line, (int)extra.Start.Column),
                    "a file holds exactly one YAML document; the documents after the first are ignored");
            }

            return root;
        }

        private (YNode Node, long Weight) ReadNode(int depth)
        {
            var current = parser.Current ?? throw new InvalidOperationException("The YAML parser ended unexpectedly.");
            LastPosition = ((int)current.Start.Line, (int)current.Start.Column);
            if (depth > MaxDepth)
            {
                throw new TooDeepException(LastPosition.Line, LastPosition.Column);
            }

            var (node, weight) = current switch
            {
                Scalar scalar => (ReadScalar(scalar), 1),
                SequenceStart start => ReadSequence(start, depth),
                MappingStart start => ReadMapping(start, depth),
                AnchorAlias alias => ReadAlias(alias),
                _ => throw new InvalidOperationException($"Unexpected YAML event {current.GetType().Name}."),
            };
            if (current is NodeEvent { Anchor.IsEmpty: false } withAnchor)
            {
                _anchors[withAnchor.Anchor.Value] = (node, weight);
            }

            return (node, weight);
        }

        private YScalar ReadScalar(Scalar scalar)
        {
            parser.MoveNext();
            Count(1, scalar.Start);
            return new YScalar((int)scalar.Start.Line, (int)scalar.Start.Column, Pooled(scalar.Value), scalar.Style == ScalarStyle.Plain);
        }

        private string Pooled(string value)
        {
            if (value.Length > 64)
            {
                return value;
            }

            if (_pool.TryGetValue(value, out var pooled))
            {
                return pooled;
            }

            if (_pool.Count < MaxPooled)
            {
                _pool.Add(value, value);
            }

            return value;
        }

        private (YNode, long) ReadAlias(AnchorAlias alias)
        {
            parser.MoveNext();
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new SemanticErrorException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor defined before it");
            }

            // The alias's own node is counted, and its anchor's weight is added to what readers will walk.
            Count(1, alias.Start, target.Weight);
            return target;
        }

        private (YSequence, long) ReadSequence(SequenceStart start, int depth)
        {
            parser.MoveNext();
            Count(1, start.Start);
            var items = new List<YNode>();
            long weight = 1;
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var (item, itemWeight) = ReadNode(depth + 1);
                items.Add(item);
                weight += itemWeight;
            }

            return (new YSequence((int)start.Start.Line, (int)start.Start.Column, items), weight);
        }

        private (YMapping, long) ReadMapping(MappingStart start, int depth)
        {
            parser.MoveNext();
            Count(1, start.Start);
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            long weight = 1;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var (key, keyWeight) = ReadNode(depth + 1);
                var (value, valueWeight) = depth == 0 && onStreamedItem is not null && key is YScalar { Value: var name } && name == streamedKey && parser.Current is SequenceStart list
                    ? StreamSequence(list, depth + 1)
                    : ReadNode(depth + 1);
                weight += keyWeight + valueWeight;
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

            return (new YMapping((int)start.Start.Line, (int)start.Start.Column, entries), weight);
        }

        /// <summary>Reads a list item by item, handing each to the caller and keeping none.</summary>
        private (YSequence, long) StreamSequence(SequenceStart start, int depth)
        {
            parser.MoveNext();
            Count(1, start.Start);
            long weight = 1;
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var (item, itemWeight) = ReadNode(depth + 1);
                weight += itemWeight;
                onStreamedItem!(item);
            }

            return (new YSequence((int)start.Start.Line, (int)start.Start.Column, [], isStreamed: true), weight);
        }

        /// <summary>Counts nodes read and the weight aliases add; stops the read when the weight outgrows the file.</summary>
        private void Count(long nodes, Mark at, long aliased = 0)
        {
            _nodes += nodes;
            _weight += nodes + aliased;
            var limit = (_nodes * MaxExpansion) + ExpansionAllowance;
            if (_weight > limit)
            {
                throw new TooLargeException((int)at.Line, (int)at.Column, limit, _nodes);
            }
        }
    }
}
