using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Oscal.Profiles;

/// <summary>
/// Resolves which controls of one catalog a profile selects, through chains of profiles: each import names a
/// catalog or another profile (directly or through a back-matter resource), and selects from what that offers with
/// <c>include-all</c>, <c>include-controls</c> and <c>exclude-controls</c>, by id or by <c>matching</c> glob pattern,
/// with or without child controls. A chain that returns to a document it came from is reported (PB1211), as is a
/// missing document (PB1212) or a second catalog (PB1209); the selection is what the rest resolves to.
/// </summary>
public sealed class OscalProfileResolver
{
    /// <summary>Profiles importing profiles deeper than this are not followed (no real chain comes close).</summary>
    public const int MaxChain = 32;

    private readonly IOscalDocuments _documents;
    private readonly DiagnosticBag _diagnostics;
    private static readonly string[] Models = ["catalog", "profile"];

    private readonly OscalIdStyle _style;
    private string? _catalogFile;

    private OscalProfileResolver(IOscalDocuments documents, OscalIdStyle style, DiagnosticBag diagnostics)
    {
        _documents = documents;
        _style = style;
        _diagnostics = diagnostics;
    }

    // The outline of the catalog the chain ends in, once an import reaches it.
    private CatalogOutline? _catalog;

    /// <summary>What a profile selects, in the order of the catalog its chain ends in, and that catalog's outline.</summary>
    public sealed record Resolution(ImmutableArray<string> Selected, ImmutableArray<string> NotInCatalog, CatalogOutline Catalog);

    /// <summary>Resolves a profile; null when its chain reaches no catalog.</summary>
    public static Resolution? Resolve(JsonElement profile, string profileFile, IOscalDocuments documents, OscalIdStyle style, DiagnosticBag diagnostics)
    {
        var resolver = new OscalProfileResolver(documents, style, diagnostics);
        var notInCatalog = new SortedSet<string>(StringComparer.Ordinal);
        var selected = resolver.Select(profile, profileFile, [profileFile], notInCatalog);
        return resolver._catalog is not { } catalog || selected is null
            ? null
            : new Resolution([.. selected.OrderBy(catalog.OrderOf)], [.. notInCatalog], catalog);
    }

    private HashSet<string>? Select(JsonElement profile, string file, ImmutableArray<string> chain, SortedSet<string> notInCatalog)
    {
        HashSet<string>? result = null;
        var index = 0;
        foreach (var import in profile.Array("imports"))
        {
            var at = $"imports[{index++}]";
            if (Offered(import, profile, file, chain, at, notInCatalog) is not { } offered)
            {
                continue;
            }

            result ??= new HashSet<string>(StringComparer.Ordinal);
            var chosen = new HashSet<string>(StringComparer.Ordinal);
            if (import.Object("include-all") is not null)
            {
                chosen.UnionWith(offered);
            }

            foreach (var include in import.Array("include-controls"))
            {
                chosen.UnionWith(Matching(include, offered, notInCatalog));
            }

            foreach (var exclude in import.Array("exclude-controls"))
            {
                chosen.ExceptWith(Matching(exclude, offered, notInCatalog: null));
            }

            result.UnionWith(chosen);
        }

        return result;
    }

    /// <summary>What one import offers to choose from: every control of a catalog, or what an imported profile selects.</summary>
    private HashSet<string>? Offered(JsonElement import, JsonElement profile, string file, ImmutableArray<string> chain, string at, SortedSet<string> notInCatalog)
    {
        var href = import.String("href") ?? string.Empty;
        if (href.StartsWith('#'))
        {
            href = BackMatterHref(profile, href[1..]) ?? href;
        }

        if (_documents.Find(href, file) is not { } input)
        {
            _diagnostics.Add(DiagnosticCodes.ProfileImportNotFound, SourceLocation.WholeFile(file), href);
            return null;
        }

        if (chain.Contains(input.File, StringComparer.Ordinal))
        {
            _diagnostics.Add(DiagnosticCodes.ProfileImportCycle, SourceLocation.WholeFile(file), input.File, string.Join(" → ", chain.Add(input.File)));
            return null;
        }

        if (chain.Length >= MaxChain)
        {
            _diagnostics.Add(DiagnosticCodes.ProfileChainTooDeep, SourceLocation.WholeFile(file), MaxChain);
            return null;
        }

        var model = OscalDocument.ModelOf(input.Json, input.File, Models, _diagnostics);
        if (model == "profile")
        {
            using var document = OscalDocument.Open(input.Json, input.File, model, _diagnostics);
            return document is null ? null : Select(document.RootElement.GetProperty(model), input.File, chain.Add(input.File), notInCatalog);
        }

        if (model is null)
        {
            return null;
        }

        if (_catalog is null)
        {
            _catalog = CatalogOutline.Read(input.Json, input.File, _style, _diagnostics);
            _catalogFile = input.File;
        }
        else if (!string.Equals(_catalogFile, input.File, StringComparison.Ordinal))
        {
            _diagnostics.Add(DiagnosticCodes.OscalConstructNotImported, SourceLocation.WholeFile(file), $"the import of a second catalog ({input.File}; a selection draws on one)", "selection", at);
            return null;
        }

        return _catalog is null ? null : [.. _catalog.OscalIds];
    }

    /// <summary>The resource's JSON rendition where it lists several (ASD and NIST list XML first, then JSON and YAML).</summary>
    private static string? BackMatterHref(JsonElement profile, string uuid)
    {
        var links = (profile.Object("back-matter") ?? default).Array("resources")
            .Where(r => r.String("uuid") == uuid)
            .SelectMany(r => r.Array("rlinks"))
            .Where(l => l.String("href") is not null)
            .ToList();
        var json = links.FirstOrDefault(l => l.String("media-type")?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
            || l.String("href")!.Split('?', '#')[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase));
        return (json.ValueKind == JsonValueKind.Object ? json : links.FirstOrDefault()).String("href");
    }

    private HashSet<string> Matching(JsonElement selector, HashSet<string> offered, SortedSet<string>? notInCatalog)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in selector.Array("with-ids").Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : null).OfType<string>())
        {
            if (offered.Contains(id))
            {
                matched.Add(id);
            }
            else if (_catalog?.Contains(id) != true)
            {
                notInCatalog?.Add(id);
            }
        }

        foreach (var pattern in selector.Array("matching").Select(m => m.String("pattern")).OfType<string>())
        {
            var glob = Glob(pattern);
            matched.UnionWith(offered.Where(id => glob.IsMatch(id)));
        }

        if (selector.String("with-child-controls") == "yes")
        {
            foreach (var id in matched.ToList())
            {
                AddDescendants(id, offered, matched);
            }
        }

        return matched;
    }

    /// <summary>An OSCAL matching pattern (<c>ac-*</c>, <c>si-?.1</c>) as a regular expression that cannot backtrack.</summary>
    private static Regex Glob(string pattern)
    {
        var regex = new StringBuilder("^");
        foreach (var c in pattern.Length > 256 ? pattern[..256] : pattern)
        {
            regex.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    private void AddDescendants(string id, HashSet<string> offered, HashSet<string> selected)
    {
        var pending = new Stack<string>([id]);
        while (pending.TryPop(out var next))
        {
            foreach (var child in _catalog?.ChildrenOf(next) ?? [])
            {
                if (offered.Contains(child) && selected.Add(child))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
