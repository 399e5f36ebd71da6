using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Application.Suggestions;

/// <summary>The add-on behind the on-disk cache: texts already embedded are read back, the rest go to the add-on in one run.</summary>
public sealed class CachedEmbedder(SemanticAddOn addOn, EmbeddingCache cache) : ITextEmbedder
{
    public string Model => addOn.Model;

    /// <summary>How many texts this run sent to the model.</summary>
    public int Computed { get; private set; }

    /// <exception cref="SemanticAddOnException">The add-on failed or broke its protocol.</exception>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !cache.TryGet(t, out _)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = addOn.Embed(missing);
            for (var i = 0; i < missing.Count; i++)
            {
                cache.Add(missing[i], vectors[i]);
            }

            Computed += missing.Count;
            cache.Save();
        }

        return [.. texts.Select(t => cache.TryGet(t, out var vector) ? vector : throw new SemanticAddOnException("a vector went missing from the cache"))];
    }
}
