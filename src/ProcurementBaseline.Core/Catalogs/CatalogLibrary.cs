using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ProcurementBaseline.Catalogs;

/// <summary>The loaded catalog versions, looked up by <c>id@version</c> or by id for the newest final version.</summary>
public sealed class CatalogLibrary
{
    private readonly FrozenDictionary<CatalogRef, Catalog> _byRef;

    public CatalogLibrary(IEnumerable<Catalog> catalogs)
    {
        var byRef = new Dictionary<CatalogRef, Catalog>();
        foreach (var catalog in catalogs)
        {
            byRef.TryAdd(catalog.Ref, catalog);
        }

        _byRef = byRef.ToFrozenDictionary();
        Catalogs = [.. byRef.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Version)];
    }

    /// <summary>All catalog versions, by id then version.</summary>
    public ImmutableArray<Catalog> Catalogs { get; }

    public Catalog? Find(CatalogRef reference) => _byRef.GetValueOrDefault(reference);

    /// <summary>The newest final version of a catalog, or the newest of any status when none is final.</summary>
    public Catalog? FindLatest(string catalogId)
    {
        var versions = Catalogs.Where(c => string.Equals(c.Id, catalogId, StringComparison.Ordinal)).ToList();
        return versions.LastOrDefault(c => c.Status == CatalogStatus.Final) ?? versions.LastOrDefault();
    }

    /// <summary>Resolves <c>id@version</c>, or a bare id to its latest version.</summary>
    public Catalog? Resolve(string reference) =>
        CatalogRef.TryParse(reference, out var parsed) ? Find(parsed) : FindLatest(reference);
}
