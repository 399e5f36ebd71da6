using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using ProcurementBaseline.Text;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Oscal.Json;

namespace ProcurementBaseline.Oscal.Validation;

/// <summary>
/// What NIST's JSON Schema cannot say about an OSCAL document, checked in one walk: a map's relationship is one of
/// NIST IR 8477's tokens (PB1216), every in-document reference (an href to <c>#uuid</c> or <c>#id</c>, an
/// observation, risk, finding or party UUID, a role id) names something the document defines (PB1215), and no UUID or
/// catalog id is defined twice (PB1217).
/// </summary>
public static class OscalChecks
{
    // References that must resolve inside the document; others (an SSP's component or implementation UUIDs) point outside it.
    private static readonly FrozenSet<string> UuidReferences = FrozenSet.Create(
        StringComparer.Ordinal, "observation-uuid", "risk-uuid", "finding-uuid", "party-uuids", "member-of-organizations", "response-uuid");

    // Members whose "id" defines a catalog identifier (OSCAL ids share one space per document).
    private static readonly FrozenSet<string> IdOwners = FrozenSet.Create(StringComparer.Ordinal, "groups", "controls", "parts", "params", "roles");

    public static ImmutableArray<Diagnostic> Check(ReadOnlyMemory<byte> json, JsonElement root, string file)
    {
        var walk = new Walk();
        walk.Visit(root, string.Empty, parent: null);
        var diagnostics = new PointedDiagnostics(json, file);
        foreach (var (value, pointer) in walk.Duplicates)
        {
            diagnostics.Add(DiagnosticCodes.OscalDuplicateId, pointer, value);
        }

        foreach (var (what, value, pointer) in walk.References)
        {
            var defined = what == "role-id" ? walk.Roles.Contains(value) : walk.Uuids.Contains(value) || (what == "href" && walk.Ids.Contains(value));
            if (!defined)
            {
                diagnostics.Add(DiagnosticCodes.OscalReferenceUnresolved, pointer, what, value);
            }
        }

        foreach (var (value, pointer) in walk.Relationships.Where(r => !CrosswalkWords.Relationships.TryParse(r.Value, out _)))
        {
            diagnostics.Add(DiagnosticCodes.OscalValueNotAllowed, pointer, "the map's relationship", value, CrosswalkWords.Relationships.Listing);
        }

        var bag = new DiagnosticBag();
        diagnostics.CopyTo(bag);
        return bag.ToImmutableSorted();
    }

    private sealed class Walk
    {
        public HashSet<string> Uuids { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

        public List<(string Value, string Pointer)> Duplicates { get; } = [];

        public List<(string What, string Value, string Pointer)> References { get; } = [];

        public List<(string Value, string Pointer)> Relationships { get; } = [];

        // Iterative, so a document nested as deep as the parser allows cannot exhaust the stack here.
        public void Visit(JsonElement start, string startPointer, string? parent)
        {
            var pending = new Stack<(JsonElement Element, string Pointer, string? Parent)>([(start, startPointer, parent)]);
            while (pending.TryPop(out var entry))
            {
                var (element, pointer, owner) = entry;
                if (element.ValueKind == JsonValueKind.Array)
                {
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        pending.Push((item, $"{pointer}/{index++}", owner));
                    }

                    continue;
                }

                if (element.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var member in element.EnumerateObject())
                {
                    var at = $"{pointer}/{JsonLocations.Escape(member.Name)}";
                    Member(member, at, owner);
                    if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        pending.Push((member.Value, at, member.Name));
                    }
                }
            }
        }

        private void Member(JsonProperty member, string at, string? owner)
        {
            var text = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
            switch (member.Name)
            {
                case "uuid" when text is not null:
                    if (!Uuids.Add(text))
                    {
                        Duplicates.Add((text, at));
                    }

                    break;
                case "id" when text is not null && owner is not null && IdOwners.Contains(owner):
                    if (owner == "roles")
                    {
                        Roles.Add(text);
                    }
                    else if (!Ids.Add(text))
                    {
                        Duplicates.Add((text, at));
                    }

                    break;
                case "href" when text is not null && text.StartsWith('#') && text.Length > 1:
                    References.Add(("href", text[1..], at));
                    break;
                case "role-id" when text is not null:
                    References.Add(("role-id", text, at));
                    break;
                case "relationship" when text is not null && owner == "maps":
                    Relationships.Add((text, at));
                    break;
                default:
                    if (UuidReferences.Contains(member.Name))
                    {
                        foreach (var value in text is not null ? [text] : member.Value.ValueKind == JsonValueKind.Array ? member.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!) : [])
                        {
                            References.Add((member.Name, value, at));
                        }
                    }

                    break;
            }
        }
    }
}
