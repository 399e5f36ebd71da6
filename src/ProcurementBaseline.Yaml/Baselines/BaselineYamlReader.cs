using ProcurementBaseline.Text;
using System.Collections.Immutable;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Attestations;
using ProcurementBaseline.Yaml.Reading;

namespace ProcurementBaseline.Yaml.Baselines;

/// <summary>Reads a procurement baseline file. Resolving its selectors against the catalogs is <see cref="ResolvedBaseline"/>'s job.</summary>
public static class BaselineYamlReader
{
    public const string Kind = "baseline";

    public static EnumWords<Priority> Priorities { get; } = new(("must", Priority.Must), ("should", Priority.Should));

    private static readonly MappingReader.KeySet TopKeys = new(
        "kind", "schema-version", "id", "title", "owner", "jurisdiction", "version", "description", "catalogs", "select", "policy", "clusters");

    private static readonly MappingReader.KeySet SelectorKeys = new(
        "catalog", "selection", "groups", "controls", "tags", "applicability", "classes", "priority");

    private static readonly MappingReader.KeySet PolicyKeys = new(
        "not-applicable", "not-applicable-controls", "poam-max-days", "evidence-max-age-days", "mapped-coverage", "signed-submission", "evidence");

    private static readonly MappingReader.KeySet RequirementKeys = new("controls", "kind", "profile", "min-share");

    private static readonly MappingReader.KeySet MappedKeys = new("allowed", "provenance", "min-strength", "max-hops", "include-drafts");

    public static LoadResult<Baseline> Read(ReadOnlyMemory<byte> bytes, string file)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ReadContext(file, diagnostics);
        var baseline = Read(YamlDocument.Parse(bytes, context), context);
        return new LoadResult<Baseline>(diagnostics.HasErrors ? null : baseline, diagnostics.ToImmutableSorted());
    }

    public static Baseline? Read(YNode? root, ReadContext context)
    {
        if (MappingReader.Open(root, "baseline", context, TopKeys) is not { } top || !YamlDocument.CheckHeader(top, Kind))
        {
            return null;
        }

        var id = top.RequiredString("id");
        var title = top.RequiredString("title");
        var owner = top.RequiredString("owner");
        var jurisdiction = YamlValues.ReadEnum(top.Required("jurisdiction"), "jurisdiction", context, CatalogWords.Jurisdictions);
        var version = top.RequiredString("version");
        var description = top.OptionalString("description");
        var catalogs = YamlValues.ReadValueList(top.Required("catalogs"), "catalogs", context, n => Ref(n, "catalogs", context));
        var select = YamlValues.ReadList(top.Required("select"), "select", context, n => Selector(n, context));
        var policy = top.Optional("policy") is { } policyNode ? Policy(policyNode, context) : new AcceptancePolicy();
        var clusters = YamlValues.ReadValueList(top.Optional("clusters"), "clusters", context,
            n => (ImmutableArray<ControlKey>?)YamlValues.ReadValueList(n, "clusters", context, k => Key(k, "clusters", context)));
        if (id is null || title is null || owner is null || jurisdiction is null || version is null || policy is null)
        {
            return null;
        }

        return new Baseline
        {
            Id = id,
            Title = title,
            Owner = owner,
            Jurisdiction = jurisdiction.Value,
            Version = version,
            Description = description,
            Catalogs = [.. catalogs],
            Select = select,
            Policy = policy,
            Clusters = clusters,
        };
    }

    private static EvidenceRequirement? Requirement(YNode node, ReadContext context)
    {
        if (MappingReader.Open(node, "evidence requirement", context, RequirementKeys) is not { } requirement)
        {
            return null;
        }

        var controls = YamlValues.ReadValueList(requirement.Required("controls"), "controls", context, n => Key(n, "controls", context));
        var kind = YamlValues.ReadEnum(requirement.Required("kind"), "kind", context, AttestationYamlReader.EvidenceKinds);
        var profile = requirement.OptionalString("profile");
        var minShare = YamlValues.ReadNumber(requirement.Optional("min-share"), "min-share", context, 0, 1) ?? 1;
        if (kind == EvidenceKind.Sbom && profile is null)
        {
            context.Report(DiagnosticCodes.MissingField, node, "evidence requirement", "profile");
        }

        return kind is null or EvidenceKind.Document ? null : new EvidenceRequirement
        {
            Controls = controls,
            Kind = kind.Value,
            Profile = profile,
            MinShare = minShare,
            Origin = context.At(node),
        };
    }

    internal static CatalogRef? Ref(YNode node, string name, ReadContext context)
    {
        var text = YamlValues.ReadString(node, name, context);
        if (text is null)
        {
            return null;
        }

        if (CatalogRef.TryParse(text, out var reference))
        {
            return reference;
        }

        context.Report(DiagnosticCodes.InvalidValue, node, text, name, "id@version, such as nist-ssdf@1.1");
        return null;
    }

    internal static ControlKey? Key(YNode node, string name, ReadContext context)
    {
        var text = YamlValues.ReadString(node, name, context);
        if (text is null)
        {
            return null;
        }

        if (ControlKey.TryParse(text, out var key))
        {
            return key;
        }

        context.Report(DiagnosticCodes.InvalidValue, node, text, name, "catalog@version#control, such as nist-ssdf@1.1#PO.1.1");
        return null;
    }

    private static ControlSelector? Selector(YNode node, ReadContext context)
    {
        if (MappingReader.Open(node, "selector", context, SelectorKeys) is not { } selector)
        {
            return null;
        }

        var catalog = selector.Required("catalog") is { } c ? Ref(c, "catalog", context) : null;
        var applicability = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (selector.Optional("applicability") is YMapping dimensions)
        {
            foreach (var (key, value) in dimensions.Entries)
            {
                applicability[key.Value] = YamlValues.ReadStringList(value, $"applicability.{key.Value}", context);
            }
        }
        else if (selector.Optional("applicability") is { } wrong)
        {
            context.Report(DiagnosticCodes.WrongType, wrong, "applicability", "a mapping", wrong.Describe());
        }

        var result = new ControlSelector
        {
            Catalog = catalog ?? default,
            Selection = selector.OptionalString("selection"),
            Groups = YamlValues.ReadStringList(selector.Optional("groups"), "groups", context),
            Controls = YamlValues.ReadStringList(selector.Optional("controls"), "controls", context),
            Tags = YamlValues.ReadStringList(selector.Optional("tags"), "tags", context),
            Classes = YamlValues.ReadStringList(selector.Optional("classes"), "classes", context),
            Applicability = applicability.ToImmutable(),
            Priority = YamlValues.ReadEnum(selector.Optional("priority"), "priority", context, Priorities) ?? Priority.Must,
            Origin = context.At(node),
        };
        return catalog is null ? null : result;
    }

    private static AcceptancePolicy? Policy(YNode node, ReadContext context)
    {
        if (MappingReader.Open(node, "policy", context, PolicyKeys) is not { } policy)
        {
            return null;
        }

        var defaults = new AcceptancePolicy();
        MappingPolicy? mappings = defaults.Mappings;
        if (MappingReader.Open(policy.Optional("mapped-coverage"), "mapped-coverage", context, MappedKeys) is { } mapped)
        {
            var allowed = YamlValues.ReadFlag(mapped.Optional("allowed"), "allowed", context) ?? true;
            var provenances = YamlValues.ReadValueList(mapped.Optional("provenance"), "provenance", context,
                n => YamlValues.ReadEnum(n, "provenance", context, CrosswalkWords.Provenances));
            mappings = !allowed ? null : MappingPolicy.Default with
            {
                Provenances = provenances.IsEmpty ? MappingPolicy.Default.Provenances : [.. provenances],
                MinimumStrength = (int?)YamlValues.ReadNumber(mapped.Optional("min-strength"), "min-strength", context, 0, 10, wholeNumber: true) ?? MappingPolicy.Default.MinimumStrength,
                MaxHops = (int?)YamlValues.ReadNumber(mapped.Optional("max-hops"), "max-hops", context, 1, MappingPolicy.MaxPathLength, wholeNumber: true) ?? MappingPolicy.MaxPathLength,
                IncludeDrafts = YamlValues.ReadFlag(mapped.Optional("include-drafts"), "include-drafts", context) ?? false,
            };
        }

        return defaults with
        {
            NotApplicableAllowed = YamlValues.ReadFlag(policy.Optional("not-applicable"), "not-applicable", context) ?? defaults.NotApplicableAllowed,
            NotApplicableControls = [.. YamlValues.ReadValueList(policy.Optional("not-applicable-controls"), "not-applicable-controls", context, n => Key(n, "not-applicable-controls", context))],
            PoamMaxDays = (int?)YamlValues.ReadNumber(policy.Optional("poam-max-days"), "poam-max-days", context, 0, 3650, wholeNumber: true) ?? defaults.PoamMaxDays,
            EvidenceMaxAgeDays = policy.Optional("evidence-max-age-days") is { } age
                ? (int?)YamlValues.ReadNumber(age, "evidence-max-age-days", context, 1, 3650, wholeNumber: true)
                : defaults.EvidenceMaxAgeDays,
            Mappings = mappings,
            SignedSubmission = YamlValues.ReadFlag(policy.Optional("signed-submission"), "signed-submission", context) ?? defaults.SignedSubmission,
            EvidenceRequirements = YamlValues.ReadList(policy.Optional("evidence"), "evidence", context, n => Requirement(n, context)),
        };
    }
}
