using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Oscal.Json;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>Converts the group and control tree of one OSCAL catalog.</summary>
internal sealed class OscalControlConverter
{
    // OSCAL props that hold applicability, and the dimension each becomes in our format.
    private static readonly ImmutableDictionary<string, string> ApplicabilityProps = ImmutableDictionary.CreateRange(
        StringComparer.Ordinal,
        [
            new KeyValuePair<string, string>("applicability", "classification"),
            new KeyValuePair<string, string>("essential-eight-applicability", "essential-eight"),
        ]);

    private static readonly ImmutableHashSet<string> DroppedProps = ImmutableHashSet.Create(StringComparer.Ordinal, "sort-id", "status");

    private readonly OscalIdMap _ids;
    private readonly OscalCatalogImportOptions _options;
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, JsonElement> _resources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groupIds = new(StringComparer.Ordinal);
    private readonly OscalParameters _catalogParameters = new();

    public OscalControlConverter(JsonElement catalog, OscalIdMap ids, OscalCatalogImportOptions options, string file, DiagnosticBag diagnostics)
    {
        _ids = ids;
        _options = options;
        _file = file;
        _diagnostics = diagnostics;
        _catalogParameters.AddFrom(catalog);
        foreach (var resource in (catalog.Object("back-matter") ?? default).Array("resources"))
        {
            if (resource.String("uuid") is { } uuid)
            {
                _resources[uuid] = resource;
            }
        }
    }

    public ImmutableArray<ControlGroup> ConvertGroups(JsonElement owner) =>
        OscalCatalogImporter.Collect(owner.Array("groups").Select(g => ConvertGroup(g, parentId: null)));

    private ControlGroup? ConvertGroup(JsonElement group, string? parentId)
    {
        var title = group.String("title") ?? string.Empty;
        var id = GroupId(group, title, parentId);
        var children = OscalCatalogImporter.Collect(group.Array("groups").Select(g => ConvertGroup(g, id)));
        var controls = OscalCatalogImporter.Collect(group.Array("controls").Select(c => ConvertControl(c, title, _catalogParameters)));
        if (children.Length == 0 && controls.Length == 0)
        {
            return null;
        }

        var overview = group.Array("parts").Where(p => p.String("name") == "overview").Select(p => p.String("prose")).OfType<string>();
        var description = string.Join("\n\n", overview.Select(OscalStatementRenderer.Clean));
        return new ControlGroup
        {
            Id = id,
            Title = LocalizedText.Of(title),
            Description = description.Length == 0 ? null : LocalizedText.Of(description),
            Groups = children,
            Controls = controls,
        };
    }

    private string GroupId(JsonElement group, string title, string? parentId)
    {
        var id = group.String("id") is { } oscalId
            ? (_options.IdStyle == OscalIdStyle.Label ? oscalId.ToUpperInvariant() : oscalId)
            : Slug(title);
        if (!_groupIds.Add(id) && parentId is not null)
        {
            id = $"{parentId}/{id}";
            _groupIds.Add(id);
        }

        return id;
    }

    private Control? ConvertControl(JsonElement control, string contextTitle, OscalParameters inherited)
    {
        if (control.String("id") is not { } oscalId || _ids.Resolve(oscalId) is not { } id)
        {
            _diagnostics.Add(DiagnosticCodes.OscalMissingField, SourceLocation.WholeFile(_file), "a control", "id");
            return null;
        }

        var parameters = new OscalParameters();
        parameters.Inherit(inherited);
        parameters.AddFrom(control);
        void OnMissing(string param) => _diagnostics.Add(DiagnosticCodes.UnresolvedParameter, SourceLocation.WholeFile(_file), id, param);

        var title = Title(control, id, contextTitle);
        var parts = control.Array("parts").ToList();
        var statement = parts.Where(p => p.String("name") == "statement").Select(p => OscalStatementRenderer.Render(p, parameters, OnMissing)).FirstOrDefault(s => s is not null);
        var guidance = parts.Where(p => p.String("name") == "guidance").Select(p => OscalStatementRenderer.Render(p, parameters, OnMissing)).FirstOrDefault(s => s is not null);
        var examples = parts.Where(p => p.String("name") == "example").Select(p => OscalStatementRenderer.Render(p, parameters, OnMissing)).OfType<string>();
        var withdrawn = control.Props("status").Any(s => s is "withdrawn" or "Withdrawn");
        var links = control.Array("links").ToList();
        return new Control
        {
            Id = id,
            Class = control.String("class"),
            Title = LocalizedText.Of(title),
            Statement = statement is null ? null : LocalizedText.Of(statement),
            Guidance = guidance is null ? null : LocalizedText.Of(guidance),
            Examples = [.. examples.Select(LocalizedText.Of)],
            Applicability = Applicability(control, oscalId),
            Properties = Properties(control),
            Related = [.. links.Where(l => l.String("rel") is "related" or "required").Select(l => _ids.ResolveHref(l.String("href") ?? string.Empty)).OfType<string>().Distinct(StringComparer.Ordinal)],
            References = OscalCatalogImporter.Collect(links.Where(l => l.String("rel") is "reference" or "external_reference").Select(Reference)),
            Status = withdrawn ? ControlStatus.Withdrawn : ControlStatus.Active,
            Successors = [.. Successors(links)],
            Controls = OscalCatalogImporter.Collect(control.Array("controls").Select(c => ConvertControl(c, title, parameters))),
        };
    }

    /// <summary>
    /// The control's own title, unless it only restates the id ("Control: ism-0400", an SSDF task titled "PO.1.1"):
    /// then the title of its topic or parent, which is how readers of the source find it.
    /// </summary>
    private static string Title(JsonElement control, string id, string contextTitle)
    {
        var title = control.String("title")?.Trim() ?? string.Empty;
        var oscalId = control.String("id") ?? id;
        var restatesId = title.Length == 0
            || string.Equals(title, id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(title, oscalId, StringComparison.OrdinalIgnoreCase)
            || title.EndsWith($": {oscalId}", StringComparison.OrdinalIgnoreCase);
        return restatesId && contextTitle.Length > 0 ? contextTitle : title;
    }

    private static readonly ImmutableSortedDictionary<string, ImmutableArray<string>> NoApplicability =
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    private ImmutableSortedDictionary<string, ImmutableArray<string>> Applicability(JsonElement control, string oscalId)
    {
        if (_options.ProfileApplicability.IsEmpty && !control.Array("props").Any(p => p.String("name") is { } name && ApplicabilityProps.ContainsKey(name)))
        {
            return NoApplicability;
        }

        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var prop in control.Array("props"))
        {
            if (prop.String("name") is { } name && ApplicabilityProps.TryGetValue(name, out var dimension) && prop.String("value") is { } value)
            {
                Add(dimension, value);
            }
        }

        foreach (var profile in _options.ProfileApplicability)
        {
            if (profile.OscalIds.Contains(oscalId))
            {
                Add(profile.Dimension, profile.Value);
            }
        }

        return result.ToImmutableSortedDictionary(e => e.Key, e => e.Value.Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);

        void Add(string dimension, string value)
        {
            if (!result.TryGetValue(dimension, out var values))
            {
                result[dimension] = values = [];
            }

            values.Add(value);
        }
    }

    private ImmutableSortedDictionary<string, string> Properties(JsonElement control)
    {
        // A label that became the id, or that only repeats it, says nothing more.
        var skipLabel = _options.IdStyle == OscalIdStyle.Label || control.Props("label").FirstOrDefault() == control.String("id");
        return control.Array("props")
            .Select(p => (Name: p.String("name"), Value: p.String("value")))
            .Where(p => p.Name is not null && p.Value is not null && !DroppedProps.Contains(p.Name)
                && !ApplicabilityProps.ContainsKey(p.Name) && !(skipLabel && p.Name == "label"))
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => string.Join("; ", g.Select(p => p.Value)), StringComparer.Ordinal);
    }

    private IEnumerable<ControlSuccessor> Successors(IEnumerable<JsonElement> links)
    {
        foreach (var link in links)
        {
            var kind = link.String("rel") switch
            {
                "incorporated-into" => SuccessorKind.IncorporatedInto,
                "moved-to" => SuccessorKind.MovedTo,
                _ => (SuccessorKind?)null,
            };
            if (kind is not null && _ids.ResolveHref(link.String("href") ?? string.Empty) is { } target)
            {
                yield return new ControlSuccessor(kind.Value, target);
            }
        }
    }

    private InformativeReference? Reference(JsonElement link)
    {
        var href = link.String("href") ?? string.Empty;
        if (!href.StartsWith('#') || !_resources.TryGetValue(href[1..], out var resource))
        {
            return href.Length == 0 ? null : new InformativeReference { Scheme = "link", Href = href, Text = link.String("text") };
        }

        var scheme = resource.String("title") ?? href[1..];
        var text = link.String("text");
        var catalog = _options.ReferenceCatalogs.GetValueOrDefault(scheme);
        return new InformativeReference
        {
            Scheme = scheme,
            Text = text,
            Title = (resource.Object("citation") ?? default).String("text")?.Trim(),
            Href = resource.Array("rlinks").Select(r => r.String("href")).FirstOrDefault(h => h is not null),
            Catalog = catalog,
            Controls = catalog is null || text is null ? [] : [.. ReferencedControls(text)],
        };
    }

    // "SA-1, SA-8; SR-3" → SA-1, SA-8, SR-3
    private static IEnumerable<string> ReferencedControls(string text) =>
        text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal);

    private static string Slug(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
