using System.Globalization;
using System.Text;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;

namespace ProcurementBaseline.Benchmarks;

/// <summary>
/// A 1,000-control baseline drawn from all four nations' shipped catalogs, and generated attestations of about
/// 1,000 claims each (a mix of every status, with evidence, plans and justifications, and SSDF claims that reach
/// other nations' controls through the shipped crosswalks). Each attestation is made from its index alone, so a
/// run can stream any number of them without holding more than one.
/// </summary>
internal sealed class SyntheticSubmissions
{
    private readonly List<ControlKey> _required;
    private readonly List<ControlKey> _ssdf;

    /// <param name="combined">
    /// Add one combined mapping per fifth required control (three SSDF tasks together superset-of it), so the compiled
    /// plan judges combined mappings on top of the shipped ones.
    /// </param>
    public SyntheticSubmissions(bool combined = false)
    {
        var catalogs = Shipped.Standards.Catalogs;
        var picks = new (string Catalog, int Count)[] { ("asd-ism", 400), ("nist-sp800-53", 300), ("ismap", 220), ("certin-sbom", 53), ("certin-sag", 9), ("certin-ccsapg", 12), ("certin-govt-entities", 6) };
        _required = [.. picks.SelectMany(p => Active(catalogs.Resolve(p.Catalog)!).Take(p.Count))];
        _ssdf = [.. Active(catalogs.Resolve("nist-ssdf@1.1")!)];
        var baseline = new Baseline
        {
            Id = "four-nation-1000",
            Title = "Synthetic four-nation baseline",
            Owner = "Benchmarks",
            Jurisdiction = Jurisdiction.Quad,
            Version = "1",
            Catalogs = [.. _required.Select(k => k.Catalog).Distinct()],
            Select = [.. _required.GroupBy(k => k.Catalog).Select(g => new ControlSelector { Catalog = g.Key, Controls = [.. g.Select(k => k.ControlId)] })],
        };
        Resolved = ResolvedBaseline.Resolve(baseline, catalogs, [], new DiagnosticBag(), "synthetic");
        Plan = EvaluationPlan.Compile(Resolved, combined ? MappingGraph.Build(catalogs, [.. Shipped.Standards.Crosswalks, .. Combined()]) : Shipped.Graph());
    }

    public ResolvedBaseline Resolved { get; }

    public EvaluationPlan Plan { get; }

    public int RequiredCount => _required.Count;

    public byte[] Attestation(int index)
    {
        var random = new Random(index);
        var text = new StringBuilder(120_000);
        text.Append(CultureInfo.InvariantCulture, $"kind: attestation\nschema-version: \"1\"\nvendor: {{name: \"Vendor {index}\", id: \"ID-{index}\"}}\n");
        text.Append("product: {name: Product, version: \"1.0\"}\ndate: \"2026-10-01\"\nsignatory: {name: Signer, role: CEO}\nclaims:\n");
        foreach (var key in _required.Where(_ => random.NextDouble() < 0.9).Concat(_ssdf.Where(_ => random.NextDouble() < 0.9)))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - control: {key}\n");
            var roll = random.NextDouble();
            if (roll < 0.75)
            {
                text.Append("    status: implemented\n    statement: Implemented under the secure development standard.\n");
                text.Append("    evidence:\n      - {title: Standard, uri: \"https://vendor.example/sds\", issued: \"2026-03-01\", expires: \"2027-03-01\"}\n");
            }
            else if (roll < 0.85)
            {
                text.Append("    status: partially-implemented\n    poam:\n      - {milestone: Finish the rollout, due: \"2027-02-01\"}\n");
            }
            else if (roll < 0.90)
            {
                text.Append("    status: planned\n    poam:\n      - {milestone: Deliver, due: \"2027-01-15\"}\n");
            }
            else if (roll < 0.95)
            {
                text.Append("    status: not-applicable\n    justification: The product has no such component.\n");
            }
            else
            {
                text.Append("    status: not-implemented\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>For every fifth required control, three SSDF tasks that together cover it, in crosswalks from the SSDF to its catalog.</summary>
    private IEnumerable<Crosswalk> Combined()
    {
        var random = new Random(7);
        return _required.Where((_, i) => i % 5 == 0).GroupBy(k => k.Catalog).Select(g => new Crosswalk
        {
            Source = _ssdf[0].Catalog,
            Target = g.Key,
            Title = "Synthetic combined mappings",
            Mappings = [.. g.Select(target => new Mapping
            {
                Sources = [.. Enumerable.Range(0, 3).Select(_ => _ssdf[random.Next(_ssdf.Count)].ControlId).Distinct()],
                Combined = true,
                Targets = [target.ControlId],
                Relationship = Relationship.SupersetOf,
                Rationale = RationaleType.Semantic,
                Strength = 7,
                Provenance = Provenance.Reviewed,
                Method = MappingMethod.Human,
                Author = "benchmarks",
                Status = MappingStatus.Reviewed,
            }).Where(m => m.Sources.Length >= 2)],
        });
    }

    public int CombinedEdges => Plan.Joints.Sum(j => j.Length);

    private static IEnumerable<ControlKey> Active(Catalog catalog) =>
        catalog.AllControls.Where(c => c.Control.Status == ControlStatus.Active).Select(c => new ControlKey(catalog.Ref, c.Control.Id));
}
