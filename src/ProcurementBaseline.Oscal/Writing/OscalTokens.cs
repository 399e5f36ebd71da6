using System.Globalization;
using System.Text;
using ProcurementBaseline.Catalogs;

namespace ProcurementBaseline.Oscal.Writing;

/// <summary>
/// OSCAL ids are tokens (a letter or '_' first, then letters, digits, '.', '-', '_'); ours are not always
/// (<c>4.1-1</c>, <c>SA-11(2)</c>). A table gives each id of one catalog a unique token, readable where it can be
/// (<c>_4.1-1</c>, <c>SA-11.2</c>); exports write the original id beside it as the control's <c>label</c>.
/// </summary>
public sealed class OscalTokens
{
    private const string GroupPrefix = "\u0000group:";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>
    /// The tokens of one catalog: its controls in document order first, then its groups, so that every export that
    /// names the catalog's controls (the catalog, a profile, a mapping collection) names them alike.
    /// </summary>
    public static OscalTokens ForCatalog(Catalog catalog)
    {
        var tokens = new OscalTokens();
        foreach (var control in catalog.AllControls)
        {
            _ = tokens[control.Control.Id];
        }

        foreach (var group in Groups(catalog.Groups))
        {
            _ = tokens.Group(group.Id);
        }

        return tokens;

        static IEnumerable<ControlGroup> Groups(IEnumerable<ControlGroup> groups) => groups.SelectMany(g => Groups(g.Groups).Prepend(g));
    }

    /// <summary>A group's token; groups share the id space of controls in OSCAL, so a group named like a control gets a suffix.</summary>
    public string Group(string groupId) => this[GroupPrefix + groupId];

    /// <summary>The token for <paramref name="id"/>, assigned on first request.</summary>
    public string this[string id]
    {
        get
        {
            if (_tokens.TryGetValue(id, out var token))
            {
                return token;
            }

            var readable = Readable(id.StartsWith(GroupPrefix, StringComparison.Ordinal) ? id[GroupPrefix.Length..] : id);
            token = readable;
            for (var n = 2; !_taken.Add(token); n++)
            {
                token = $"{readable}_{n.ToString(CultureInfo.InvariantCulture)}";
            }

            _tokens[id] = token;
            return token;
        }
    }

    public static bool IsToken(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Readable(string id)
    {
        if (IsToken(id))
        {
            return id;
        }

        var token = new StringBuilder(id.Length + 2);
        if (id.Length == 0 || !char.IsLetter(id[0]))
        {
            token.Append('_');
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsLetterOrDigit(c) || c is '.' or '-' or '_')
            {
                token.Append(c);
            }
            else if (c == '(' && id.IndexOf(')', i) > i)
            {
                token.Append('.');
            }
            else if (c != ')')
            {
                token.Append('_');
            }
        }

        return token.ToString();
    }
}
