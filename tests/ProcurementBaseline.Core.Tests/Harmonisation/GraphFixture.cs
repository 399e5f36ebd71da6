using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Text;

namespace ProcurementBaseline.Tests.Harmonisation;

/// <summary>Small hand-built catalogs and crosswalks: catalog X has controls x1, x2, …; mappings are written "a1 = b1".</summary>
internal sealed class GraphFixture
{
    private readonly List<Catalog> _catalogs = [];
    private readonly List<Crosswalk> _crosswalks = [];

    public GraphFixture Catalog(string id, string version, CatalogStatus status, params string[] controls)
    {
        _catalogs.Add(new Catalog
        {
            Id = id,
            Title = LocalizedText.Of(id),
            Publisher = "Tests",
            Jurisdiction = Jurisdiction.AU,
            Version = CatalogVersion.Parse(version),
            Status = status,
            Source = new CatalogSource { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim },
            Groups = [new ControlGroup { Id = "g", Title = LocalizedText.Of("g"), Controls = [.. controls.Select(Control)] }],
        });
        return this;
    }

    public GraphFixture Catalog(string id, params string[] controls) => Catalog(id, "1", CatalogStatus.Final, controls);

    /// <summary>Adds a crosswalk from <paramref name="source"/> to <paramref name="target"/> (id@version) with the given mappings.</summary>
    public GraphFixture Crosswalk(string source, string target, params Mapping[] mappings)
    {
        _crosswalks.Add(new Crosswalk
        {
            Source = CatalogRef.Parse(source),
            Target = CatalogRef.Parse(target),
            Title = "t",
            Mappings = [.. mappings],
        });
        return this;
    }

    public CatalogLibrary Library => new(_catalogs);

    public IReadOnlyList<Crosswalk> Crosswalks => _crosswalks;

    public MappingGraph Graph() => MappingGraph.Build(Library, _crosswalks);

    /// <summary>A baseline requiring <paramref name="controls"/> of one catalog (id@version), all must, compiled against this graph.</summary>
    public EvaluationPlan Plan(string catalog, params string[] controls)
    {
        var baseline = new Baseline
        {
            Id = "test",
            Title = "Test",
            Owner = "Tests",
            Jurisdiction = Jurisdiction.AU,
            Version = "1",
            Catalogs = [CatalogRef.Parse(catalog)],
            Select = [new ControlSelector { Catalog = CatalogRef.Parse(catalog), Controls = [.. controls] }],
        };
        return EvaluationPlan.Compile(ResolvedBaseline.Resolve(baseline, Library, [], new DiagnosticBag(), "test"), Graph());
    }

    /// <summary>Evaluates a submission of <paramref name="claims"/> dated and judged at <paramref name="asOf"/>.</summary>
    public static BaselineEvaluation Evaluate(EvaluationPlan plan, DateOnly asOf, IEnumerable<Claim> claims) => Evaluator.Evaluate(plan, new Attestation
    {
        Vendor = new Party("V", null),
        Product = new Product("P", "1"),
        Date = asOf,
        Signatory = new Signatory("S", null),
        Claims = [.. claims],
    }, asOf, TrustedEvidence.Instance);

    /// <summary>A claim implemented with one evidence item in date until <paramref name="expires"/> (default: mid 2027).</summary>
    public static Claim Implemented(string key, DateOnly? expires = null) => new()
    {
        Control = Key(key),
        Status = ClaimStatus.Implemented,
        Evidence = [new Evidence { Title = "Evidence", Uri = "https://example.test/evidence", Issued = new DateOnly(2026, 1, 1), Expires = expires ?? new DateOnly(2027, 6, 1) }],
    };

    public static Mapping Map(string source, Relationship relationship, string target, int strength = 8, Provenance provenance = Provenance.Reviewed, int line = 1) => new()
    {
        Sources = [source],
        Targets = [target],
        Relationship = relationship,
        Rationale = RationaleType.Semantic,
        Strength = strength,
        Provenance = provenance,
        Method = MappingMethod.Human,
        Author = "tests",
        Status = MappingStatus.Reviewed,
        Origin = new ProcurementBaseline.Diagnostics.SourceLocation("x.yaml", line, 5),
    };

    /// <summary>A combined mapping: the sources taken together relate to the target.</summary>
    public static Mapping Joint(string[] sources, Relationship relationship, string target, int strength = 8, int line = 1) =>
        Map(sources[0], relationship, target, strength, line: line) with { Sources = [.. sources], Combined = true };

    public static ControlKey Key(string text) =>
        ControlKey.TryParse(text, out var key) ? key : throw new ArgumentException(text, nameof(text));

    private static Control Control(string id) => id.EndsWith('!')
        ? new Control { Id = id[..^1], Title = LocalizedText.Of(id[..^1]), Status = ControlStatus.Withdrawn, Successors = [new ControlSuccessor(SuccessorKind.IncorporatedInto, "x")] }
        : new Control { Id = id, Title = LocalizedText.Of(id) };
}
