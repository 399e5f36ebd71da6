using System.Collections.Frozen;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Text;
using ProcurementBaseline.Yaml.Nodes;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>
/// Reads one YAML mapping against the keys its format allows: unknown keys are reported
/// when it is opened, missing required keys when they are asked for.
/// </summary>
public sealed class MappingReader
{
    private readonly YMapping _mapping;
    private readonly string _what;

    private MappingReader(YMapping mapping, string what, ReadContext context)
    {
        _mapping = mapping;
        _what = what;
        Context = context;
    }

    public ReadContext Context { get; }

    public YMapping Node => _mapping;

    /// <summary>Opens <paramref name="node"/> as a mapping; reports and returns null when it is not one.</summary>
    public static MappingReader? Open(YNode? node, string what, ReadContext context, KeySet keys)
    {
        if (node is not YMapping mapping)
        {
            if (node is not null)
            {
                context.Report(DiagnosticCodes.WrongType, node, what, "a mapping", node.Describe());
            }

            return null;
        }

        foreach (var (key, _) in mapping.Entries)
        {
            if (!keys.Contains(key.Value))
            {
                context.Report(DiagnosticCodes.UnknownKey, key, key.Value, what, keys.Listing + Suggestions.DidYouMean(key.Value, keys.Keys));
            }
        }

        return new MappingReader(mapping, what, context);
    }

    public YNode? Optional(string key)
    {
        var node = _mapping.Get(key);
        return node is YScalar { IsNull: true } ? null : node;
    }

    /// <summary>The value of a required key; reports a missing key, and a null or empty value.</summary>
    public YNode? Required(string key)
    {
        var node = _mapping.Get(key);
        if (node is null)
        {
            Context.Report(DiagnosticCodes.MissingField, _mapping, _what, key);
            return null;
        }

        if (node is YScalar { IsNull: true } or YScalar { Value.Length: 0 })
        {
            Context.Report(DiagnosticCodes.EmptyValue, node, key);
            return null;
        }

        return node;
    }

    public string? RequiredString(string key) => YamlValues.ReadString(Required(key), key, Context);

    public string? OptionalString(string key) => YamlValues.ReadString(Optional(key), key, Context);

    /// <summary>An immutable set of allowed keys with the listing used in messages.</summary>
    public sealed class KeySet
    {
        private readonly FrozenSet<string> _keys;

        public KeySet(params string[] keys)
        {
            _keys = keys.ToFrozenSet(StringComparer.Ordinal);
            Listing = string.Join(", ", keys);
        }

        public string Listing { get; }

        public bool Contains(string key) => _keys.Contains(key);

        public IEnumerable<string> Keys => _keys;
    }
}
