using System.Globalization;
using System.Text.Json.Nodes;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Mappings;
using ProcurementBaseline.Oscal.Writing;
using ProcurementBaseline.Selections;
using static ProcurementBaseline.Oscal.Writing.OscalNodes;

namespace ProcurementBaseline.Oscal.Profiles;

/// <summary>
/// Writes a baseline or a selection as an OSCAL 1.2 profile: one import per catalog version naming the controls it
/// requires (as resolved, so any OSCAL tool selects the same controls), each control's priority added by
/// <c>modify/alters</c>, and the baseline's acceptance policy as props in our namespace.
/// </summary>
public static class OscalProfileExporter
{
    public static JsonObject Export(ResolvedBaseline resolved, CatalogLibrary catalogs, DateOnly lastModified)
    {
        var baseline = resolved.Baseline;
        var imports = new JsonArray();
        var alters = new JsonArray();
        foreach (var reference in baseline.Catalogs)
        {
            var required = resolved.Controls.Where(c => c.Key.Catalog == reference).ToList();
            if (catalogs.Find(reference) is not { } catalog || required.Count == 0)
            {
                continue;
            }

            var tokens = OscalTokens.ForCatalog(catalog);
            imports.Add((JsonNode)Import(reference, required.Select(c => tokens[c.Key.ControlId])));
            foreach (var control in required)
            {
                alters.Add((JsonNode)new JsonObject()
                    .With("control-id", tokens[control.Key.ControlId])
                    .With("adds", new JsonArray(new JsonObject().With("props", new JsonArray(Prop(ProfileProps.Priority, Word(control.Priority)))))));
            }
        }

        var body = new JsonObject()
            .With("uuid", StableUuid.Of("profile", "baseline", baseline.Id, baseline.Version))
            .With("metadata", Metadata(baseline.Title, lastModified, baseline.Version)
                .With("props", Array([Prop(ProfileProps.Baseline, baseline.Id), Prop(ProfileProps.Jurisdiction, CatalogWords.Jurisdictions.Word(baseline.Jurisdiction)), .. Policy(baseline.Policy)]))
                .With("roles", new JsonArray(new JsonObject().With("id", "owner").With("title", "Owner")))
                .With("parties", new JsonArray(Party(baseline.Owner)))
                .With("responsible-parties", new JsonArray(new JsonObject().With("role-id", "owner").With("party-uuids", new JsonArray(StableUuid.Of("party", baseline.Owner)))))
                .With("remarks", baseline.Description))
            .With("imports", imports)
            .With("merge", new JsonObject().With("as-is", JsonValue.Create(true)))
            .With("modify", alters.Count == 0 ? null : new JsonObject().With("alters", alters));
        return new JsonObject { ["profile"] = body };
    }

    public static JsonObject Export(ControlSelection selection, Catalog catalog, DateOnly lastModified)
    {
        var tokens = OscalTokens.ForCatalog(catalog);
        var body = new JsonObject()
            .With("uuid", StableUuid.Of("profile", "selection", selection.Id, selection.Catalog.ToString()))
            .With("metadata", Metadata(selection.Title, lastModified, selection.ProfileVersion ?? catalog.Version.Text)
                .With("props", Array([
                    Prop(ProfileProps.Selection, selection.Id),
                    .. selection.NotInCatalog.Select(id => Prop(ProfileProps.NotInCatalog, id)),
                ])))
            .With("imports", new JsonArray(Import(selection.Catalog, selection.Controls.Where(id => catalog.Find(id) is not null).Select(id => tokens[id]))));
        return new JsonObject { ["profile"] = body };
    }

    private static JsonObject Import(CatalogRef catalog, IEnumerable<string> tokens) =>
        new JsonObject()
            .With("href", MappingCollectionExporter.CatalogHref(catalog))
            .With("include-controls", new JsonArray(new JsonObject()
                .With("with-child-controls", "no")
                .With("with-ids", Array(tokens.Select(t => JsonValue.Create(t))))));

    private static JsonObject Party(string name) =>
        new JsonObject().With("uuid", StableUuid.Of("party", name)).With("type", "organization").With("name", name);

    private static IEnumerable<JsonObject?> Policy(AcceptancePolicy policy)
    {
        yield return Prop(ProfileProps.NotApplicable, policy.NotApplicableAllowed ? "true" : "false");
        foreach (var control in policy.NotApplicableControls.Select(c => c.ToString()).Order(StringComparer.Ordinal))
        {
            yield return Prop(ProfileProps.NotApplicableControl, control);
        }

        yield return Prop(ProfileProps.PoamMaxDays, policy.PoamMaxDays.ToString(CultureInfo.InvariantCulture));
        yield return Prop(ProfileProps.EvidenceMaxAgeDays, policy.EvidenceMaxAgeDays?.ToString(CultureInfo.InvariantCulture));
        yield return Prop(ProfileProps.MappedCoverage, policy.Mappings is null ? "false" : "true");
        if (policy.Mappings is { } mappings)
        {
            foreach (var provenance in mappings.Provenances.Order())
            {
                yield return Prop(ProfileProps.MappedProvenance, CrosswalkWords.Provenances.Word(provenance));
            }

            yield return Prop(ProfileProps.MappedMinStrength, mappings.MinimumStrength.ToString(CultureInfo.InvariantCulture));
            yield return Prop(ProfileProps.MappedMaxHops, mappings.MaxHops.ToString(CultureInfo.InvariantCulture));
            yield return Prop(ProfileProps.MappedDrafts, mappings.IncludeDrafts ? "true" : "false");
        }

        yield return Prop(ProfileProps.SignedSubmission, policy.SignedSubmission ? "true" : "false");
    }

    private static string Word(Priority priority) => priority == Priority.Must ? "must" : "should";
}
