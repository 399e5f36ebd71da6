using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Yaml.Reading;
using ProcurementBaseline.Yaml.Writing;

namespace ProcurementBaseline.Yaml.Baselines;

/// <summary>Writes a baseline in the format <see cref="BaselineYamlReader"/> reads.</summary>
public static class BaselineYamlWriter
{
    public static string Write(Baseline baseline, string? schemaPath, string? leadingComment = null)
    {
        var yaml = YamlEventWriter.ForFile(schemaPath, leadingComment);
        yaml.BeginMapping();
        yaml.Entry("kind", BaselineYamlReader.Kind);
        yaml.Entry("schema-version", YamlDocument.SchemaVersion);
        yaml.Entry("id", baseline.Id);
        yaml.Entry("title", baseline.Title);
        yaml.Entry("owner", baseline.Owner);
        yaml.Entry("jurisdiction", CatalogWords.Jurisdictions.Word(baseline.Jurisdiction));
        yaml.Entry("version", baseline.Version);
        yaml.Entry("description", baseline.Description);
        yaml.List("catalogs", [.. baseline.Catalogs.Select(c => c.ToString())]);
        yaml.Key("select");
        yaml.BeginList();
        foreach (var selector in baseline.Select)
        {
            yaml.BeginMapping();
            yaml.Entry("catalog", selector.Catalog.ToString());
            yaml.Entry("selection", selector.Selection);
            yaml.List("groups", selector.Groups);
            yaml.List("classes", selector.Classes);
            yaml.List("tags", selector.Tags);
            yaml.List("controls", selector.Controls);
            yaml.Entry("priority", BaselineYamlReader.Priorities.Word(selector.Priority));
            yaml.EndMapping();
        }

        yaml.EndList();
        WritePolicy(yaml, baseline.Policy);
        if (!baseline.Clusters.IsEmpty)
        {
            yaml.Key("clusters");
            yaml.BeginList();
            foreach (var cluster in baseline.Clusters)
            {
                yaml.BeginList();
                foreach (var member in cluster)
                {
                    yaml.Scalar(member.ToString());
                }

                yaml.EndList();
            }

            yaml.EndList();
        }

        yaml.EndMapping();
        return yaml.Finish();
    }

    private static void WritePolicy(YamlEventWriter yaml, AcceptancePolicy policy)
    {
        yaml.Key("policy");
        yaml.BeginMapping();
        yaml.Flag("not-applicable", policy.NotApplicableAllowed);
        yaml.Number("poam-max-days", policy.PoamMaxDays);
        if (policy.EvidenceMaxAgeDays is { } age)
        {
            yaml.Number("evidence-max-age-days", age);
        }

        if (policy.SignedSubmission)
        {
            yaml.Flag("signed-submission", true);
        }

        yaml.Key("mapped-coverage");
        yaml.BeginMapping();
        yaml.Flag("allowed", policy.Mappings is not null);
        if (policy.Mappings is { } mappings)
        {
            yaml.List("provenance", [.. mappings.Provenances.Order().Select(CrosswalkWords.Provenances.Word)]);
            yaml.Number("min-strength", mappings.MinimumStrength);
        }

        yaml.EndMapping();
        yaml.EndMapping();
    }
}
