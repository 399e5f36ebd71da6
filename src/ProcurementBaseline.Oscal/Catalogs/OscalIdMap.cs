using System.Text.Json;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Oscal.Catalogs;

/// <summary>
/// Every control of an OSCAL catalog: its OSCAL id, the id we give it, and its place in document order.
/// Also maps statement-part ids to their control, since OSCAL links may point at a part (<c>#ac-2_smt.k</c>).
/// </summary>
public sealed class OscalIdMap
{
    private readonly Dictionary<string, (string Id, int Order)> _controls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _partOwners = new(StringComparer.Ordinal);

    private OscalIdMap()
    {
    }

    public int Count => _controls.Count;

    public static OscalIdMap Build(JsonElement catalog, OscalIdStyle style)
    {
        var map = new OscalIdMap();
        foreach (var group in catalog.Array("groups"))
        {
            map.AddGroup(group, style);
        }

        foreach (var control in catalog.Array("controls"))
        {
            map.AddControl(control, style);
        }

        return map;
    }

    public bool Contains(string oscalId) => _controls.ContainsKey(oscalId);

    public int OrderOf(string oscalId) => _controls.TryGetValue(oscalId, out var entry) ? entry.Order : int.MaxValue;

    /// <summary>Our id for an OSCAL control id, or for the id of one of its parts.</summary>
    public string? Resolve(string oscalId)
    {
        if (_controls.TryGetValue(oscalId, out var entry))
        {
            return entry.Id;
        }

        return _partOwners.TryGetValue(oscalId, out var owner) ? _controls[owner].Id : null;
    }

    /// <summary>Resolves an in-document link target such as <c>#ac-2</c>.</summary>
    public string? ResolveHref(string href) => href.StartsWith('#') ? Resolve(href[1..]) : null;

    private void AddGroup(JsonElement group, OscalIdStyle style)
    {
        foreach (var control in group.Array("controls"))
        {
            AddControl(control, style);
        }

        foreach (var child in group.Array("groups"))
        {
            AddGroup(child, style);
        }
    }

    private void AddControl(JsonElement control, OscalIdStyle style)
    {
        if (control.String("id") is not { } oscalId)
        {
            return;
        }

        var label = control.Props("label").FirstOrDefault();
        var id = style == OscalIdStyle.Label && label is not null ? label : oscalId;
        _controls.TryAdd(oscalId, (id, _controls.Count));
        AddParts(control, oscalId);
        foreach (var child in control.Array("controls"))
        {
            AddControl(child, style);
        }
    }

    private void AddParts(JsonElement owner, string controlId)
    {
        foreach (var part in owner.Array("parts"))
        {
            if (part.String("id") is { } partId)
            {
                _partOwners.TryAdd(partId, controlId);
            }

            AddParts(part, controlId);
        }
    }
}
