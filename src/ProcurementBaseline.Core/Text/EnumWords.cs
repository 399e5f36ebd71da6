using System.Collections.Frozen;

namespace ProcurementBaseline.Text;

/// <summary>The words our formats use for an enum's values, such as <c>not-retrieved</c> for <c>NotRetrieved</c>.</summary>
public sealed class EnumWords<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<string, T> _byWord;
    private readonly FrozenDictionary<T, string> _byValue;

    public EnumWords(params (string Word, T Value)[] words)
    {
        _byWord = words.ToFrozenDictionary(w => w.Word, w => w.Value, StringComparer.Ordinal);
        _byValue = words.ToFrozenDictionary(w => w.Value, w => w.Word);
        Listing = string.Join(", ", words.Select(w => w.Word));
    }

    public string Listing { get; }

    public IEnumerable<string> Words => _byWord.Keys;

    public bool TryParse(string word, out T value) => _byWord.TryGetValue(word, out value);

    public string Word(T value) => _byValue[value];
}
