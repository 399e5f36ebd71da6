using System.Globalization;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Yaml.Reading;
using ProcurementBaseline.Yaml.Writing;

namespace ProcurementBaseline.Yaml.Crosswalks;

/// <summary>
/// Writes a crosswalk in the format <see cref="CrosswalkYamlReader"/> reads. Metadata every mapping shares goes
/// into the <c>defaults</c> block once; the same crosswalk always gives the same text.
/// </summary>
public static class CrosswalkYamlWriter
{
    private static readonly (string Key, Func<Mapping, string?> Value)[] Shareable =
    [
        ("relationship", m => CrosswalkWords.Relationships.Word(m.Relationship)),
        ("rationale", m => CrosswalkWords.Rationales.Word(m.Rationale)),
        ("strength", m => m.Strength.ToString(CultureInfo.InvariantCulture)),
        ("provenance", m => CrosswalkWords.Provenances.Word(m.Provenance)),
        ("method", m => CrosswalkWords.Methods.Word(m.Method)),
        ("author", m => m.Author),
        ("date", m => m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("status", m => CrosswalkWords.Statuses.Word(m.Status)),
        ("remarks", m => m.Remarks),
    ];

    public static string Write(Crosswalk crosswalk, string? schemaPath, string? leadingComment = null)
    {
        var yaml = YamlEventWriter.ForFile(schemaPath, leadingComment);
        yaml.BeginMapping();
        yaml.Entry("kind", CrosswalkYamlReader.Kind);
        yaml.Entry("schema-version", YamlDocument.SchemaVersion);
        yaml.Entry("source", crosswalk.Source.ToString());
        yaml.Entry("target", crosswalk.Target.ToString());
        yaml.Entry("title", crosswalk.Title);
        yaml.Entry("description", crosswalk.Description);
        var shared = Shareable
            .Select(f => (f.Key, f.Value, Shared: crosswalk.Mappings.Select(f.Value).Distinct().ToList()))
            .Where(f => crosswalk.Mappings.Length > 1 && f.Shared.Count == 1 && f.Shared[0] is not null)
            .ToDictionary(f => f.Key, f => f.Shared[0]!, StringComparer.Ordinal);
        if (shared.Count > 0)
        {
            yaml.Key("defaults");
            yaml.BeginMapping();
            foreach (var (key, _) in Shareable.Where(f => shared.ContainsKey(f.Key)))
            {
                WriteField(yaml, key, shared[key]);
            }

            yaml.EndMapping();
        }

        yaml.Key("mappings");
        yaml.BeginList();
        foreach (var mapping in crosswalk.Mappings)
        {
            yaml.BeginMapping();
            if (mapping.Combined)
            {
                yaml.Key("source");
                yaml.BeginMapping();
                yaml.List("all-of", mapping.Sources);
                yaml.EndMapping();
            }
            else
            {
                WriteIds(yaml, "source", mapping.Sources);
            }

            WriteIds(yaml, "target", mapping.Targets);
            foreach (var (key, value) in Shareable.Where(f => !shared.ContainsKey(f.Key)))
            {
                WriteField(yaml, key, value(mapping));
            }

            if (mapping.Coverage is { } coverage)
            {
                yaml.Number("coverage", coverage);
            }

            yaml.EndMapping();
        }

        yaml.EndList();
        yaml.EndMapping();
        return yaml.Finish();
    }

    private static void WriteField(YamlEventWriter yaml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (key == "strength")
        {
            yaml.Number(key, int.Parse(value, CultureInfo.InvariantCulture));
        }
        else
        {
            yaml.Entry(key, value);
        }
    }

    private static void WriteIds(YamlEventWriter yaml, string key, IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 1)
        {
            yaml.Entry(key, ids.First());
        }
        else
        {
            yaml.List(key, ids);
        }
    }
}
