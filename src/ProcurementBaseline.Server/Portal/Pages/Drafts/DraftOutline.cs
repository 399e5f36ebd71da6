using ProcurementBaseline.Application.Drafts;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Server.Portal.Pages.Drafts;

/// <summary>
/// A draft's claims in pages: one per top-level group of each catalog (an SSDF practice group, an ISM guideline), in
/// the draft's order; a group of more than <see cref="MaxControlsPerPage"/> controls is split into several pages, so a
/// page stays small (about 3 KB of form per control) however large the baseline.
/// </summary>
internal sealed record DraftOutline(IReadOnlyList<DraftOutline.Group> Groups)
{
    public const int MaxControlsPerPage = 20;

    public sealed record Group(string Title, IReadOnlyList<int> Claims);

    public static DraftOutline Of(DraftContent content, CatalogLibrary catalogs)
    {
        var groups = new List<(string Key, string Title, List<int> Claims)>();
        for (var i = 0; i < content.Claims.Length; i++)
        {
            var found = Control(content.Claims[i].Control, catalogs);
            var catalog = found.Catalog?.Title.Default ?? content.Claims[i].Control.Split(ControlKey.Separator)[0];
            var top = found.Control?.Groups.FirstOrDefault();
            var key = $"{found.Catalog?.Ref}|{top?.Id}";
            if (groups.FirstOrDefault(g => g.Key == key) is { Key: not null } group)
            {
                group.Claims.Add(i);
            }
            else
            {
                groups.Add((key, top is null ? catalog : $"{catalog}: {top.Title.Default}", [i]));
            }
        }

        return new DraftOutline([.. groups.SelectMany(Pages)]);
    }

    private static IEnumerable<Group> Pages((string Key, string Title, List<int> Claims) group) =>
        group.Claims.Count <= MaxControlsPerPage
            ? [new Group(group.Title, group.Claims)]
            : group.Claims.Chunk(MaxControlsPerPage).Select((part, n) =>
                new Group($"{group.Title} (controls {(n * MaxControlsPerPage) + 1}–{(n * MaxControlsPerPage) + part.Length} of {group.Claims.Count})", part));

    public static (Catalog? Catalog, IndexedControl? Control) Control(string key, CatalogLibrary catalogs) =>
        ControlKey.TryParse(key, out var parsed) && catalogs.Find(parsed.Catalog) is { } catalog ? (catalog, catalog.Find(parsed.ControlId)) : (null, null);
}
