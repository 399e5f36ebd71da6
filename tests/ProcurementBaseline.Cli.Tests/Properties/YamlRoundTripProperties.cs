using System.Collections.Immutable;
using System.Text;
using CsCheck;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Selections;
using ProcurementBaseline.Text;
using ProcurementBaseline.Yaml.Attestations;
using ProcurementBaseline.Yaml.Baselines;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Crosswalks;
using ProcurementBaseline.Yaml.Selections;

namespace ProcurementBaseline.Tests.Properties;

/// <summary>
/// Every format written and read back gives what was written, whatever text it holds (YAML punctuation, control
/// characters, "null" and "true", scripts): each reader reads each writer's output without a diagnostic, the text
/// fields come back equal, and writing again gives the same bytes (issue 12: property tests).
/// </summary>
[TestClass]
public sealed class YamlRoundTripProperties
{
    private const long Iterations = 300;

    private static readonly Gen<string?> Optional = Gen.Frequency((1, Gen.Const((string?)null)), (3, Texts.NonBlank.Select(s => (string?)s)));

    private static readonly Gen<DateOnly> Dates = Gen.Int[0, 3650].Select(d => new DateOnly(2020, 1, 1).AddDays(d));

    private static readonly Gen<LocalizedText> Localized = Gen.Select(Texts.NonBlank, Gen.Frequency((2, Gen.Const((string?)null)), (1, Texts.NonBlank.Select(s => (string?)s))),
        (en, ja) => ja is null ? LocalizedText.Of(en) : LocalizedText.Create([new("en", en), new("ja", ja)]));

    private static readonly CatalogSource Source = new() { Url = "https://example.test", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static T ReadBack<T>(Diagnostics.LoadResult<T> result, string written)
        where T : class
    {
        Assert.IsEmpty(result.Diagnostics.Where(d => d.Severity != Diagnostics.DiagnosticSeverity.Info), string.Join("\n", result.Diagnostics) + "\n" + written);
        return result.Value!;
    }

    [TestMethod]
    public void Attestations_RoundTrip() => Gen.Select(Texts.NonBlank, Optional, Texts.NonBlank, Texts.NonBlank, Texts.NonBlank, Optional, Claims())
        .Sample(iter: Iterations, assert: parts =>
        {
            var (vendor, vendorId, product, version, signatory, role, claims) = parts;
            var attestation = new Attestation
            {
                Vendor = new Party(vendor, vendorId),
                Product = new Product(product, version),
                Date = new DateOnly(2026, 11, 1),
                Signatory = new Signatory(signatory, role),
                Against = ["us-federal-software"],
                Claims = claims,
            };
            var written = AttestationYamlWriter.Write(attestation);
            var read = ReadBack(AttestationYamlReader.Read(Utf8(written), "a.yaml"), written);

            Assert.AreEqual(vendor, read.Vendor.Name);
            Assert.AreEqual(vendorId, read.Vendor.Id);
            Assert.AreEqual(product, read.Product.Name);
            Assert.AreEqual(version, read.Product.Version);
            Assert.AreEqual(role, read.Signatory.Role);
            Assert.HasCount(claims.Length, read.Claims);
            for (var i = 0; i < claims.Length; i++)
            {
                Assert.AreEqual(claims[i].Statement, read.Claims[i].Statement);
                Assert.AreEqual(claims[i].Justification, read.Claims[i].Justification);
                CollectionAssert.AreEqual(claims[i].Evidence.Select(e => (e.Title, e.Uri, e.Issued, e.Expires)).ToList(), read.Claims[i].Evidence.Select(e => (e.Title, e.Uri, e.Issued, e.Expires)).ToList());
                CollectionAssert.AreEqual(claims[i].Poam.ToList(), read.Claims[i].Poam.ToList());
            }

            Assert.AreEqual(written, AttestationYamlWriter.Write(read));
        });

    private static Gen<ImmutableArray<Claim>> Claims()
    {
        var evidence = Gen.Select(Texts.NonBlank, Optional, Dates, (title, uri, issued) => new Evidence { Title = title, Uri = uri ?? "https://example.test/e", Issued = issued, Expires = issued.AddDays(365) });
        var milestone = Gen.Select(Texts.NonBlank, Dates, (text, due) => new Milestone(text, due));
        var claim = Gen.Select(Gen.Enum<ClaimStatus>(), Optional, evidence.Array[0, 2], milestone.Array[1, 2], Texts.NonBlank,
            (status, statement, items, poam, justification) => (status, statement, items, poam, justification));
        return claim.Array[0, 6].Select(all => all.Select((c, i) => new Claim
        {
            Control = new ControlKey(CatalogRef.Parse("nist-ssdf@1.1"), $"X.{i}"),
            Status = c.status,
            Statement = c.statement,
            Evidence = [.. c.items],
            Poam = c.status is ClaimStatus.Planned or ClaimStatus.PartiallyImplemented ? [.. c.poam] : [],
            Justification = c.status == ClaimStatus.NotApplicable ? c.justification : null,
        }).ToImmutableArray());
    }

    [TestMethod]
    public void Catalogs_RoundTrip()
    {
        var control = Gen.Select(Localized, Gen.Frequency((1, Gen.Const((LocalizedText?)null)), (2, Localized.Select(l => (LocalizedText?)l))), Gen.Frequency((2, Gen.Const((LocalizedText?)null)), (1, Localized.Select(l => (LocalizedText?)l))), Optional,
            (title, statement, guidance, completeness) => (title, statement, guidance, completeness));
        var group = Gen.Select(Localized, Gen.Frequency((1, Gen.Const((LocalizedText?)null)), (1, Localized.Select(l => (LocalizedText?)l))), control.Array[0, 3], (title, description, controls) => (title, description, controls));
        Gen.Select(Localized, Texts.NonBlank, Optional, group.Array[1, 3]).Sample(iter: Iterations, assert: parts =>
        {
            var (title, publisher, completeness, groups) = parts;
            var catalog = new Catalog
            {
                Id = "sample",
                Title = title,
                Publisher = publisher,
                Jurisdiction = Jurisdiction.AU,
                Version = CatalogVersion.Parse("1.0"),
                Status = CatalogStatus.Final,
                Source = Source with { Completeness = completeness },
                Groups = [.. groups.Select((g, gi) => new ControlGroup
                {
                    Id = $"g{gi}",
                    Title = g.title,
                    Description = g.description,
                    Controls = [.. g.controls.Select((c, ci) => new Control { Id = $"C-{gi}-{ci}", Title = c.title, Statement = c.statement, Guidance = c.guidance, Completeness = c.completeness })],
                })],
            };
            var written = CatalogYamlWriter.Write(catalog, null);
            var read = ReadBack(CatalogYamlReader.Read(Utf8(written), "c.yaml"), written);

            Assert.AreEqual(title.Default, read.Title.Default);
            CollectionAssert.AreEqual(catalog.AllControls.Select(c => (c.Control.Title.Default, c.Control.Statement?.Default, c.Control.Guidance?.Default, c.Control.Completeness)).ToList(),
                read.AllControls.Select(c => (c.Control.Title.Default, c.Control.Statement?.Default, c.Control.Guidance?.Default, c.Control.Completeness)).ToList());
            Assert.AreEqual(written, CatalogYamlWriter.Write(read, null));
        });
    }

    [TestMethod]
    public void Crosswalks_RoundTrip()
    {
        var mapping = Gen.Select(Gen.Enum<Relationship>(), Gen.Int[0, 10], Gen.Enum<Provenance>(), Texts.NonBlank, Optional, Gen.Int[1, 3],
            (relationship, strength, provenance, author, remarks, sources) => (relationship, strength, provenance, author, remarks, sources));
        Gen.Select(Texts.NonBlank, Optional, mapping.Array[0, 5]).Sample(iter: Iterations, assert: parts =>
        {
            var (title, description, mappings) = parts;
            var crosswalk = new Crosswalk
            {
                Source = CatalogRef.Parse("nist-ssdf@1.1"),
                Target = CatalogRef.Parse("asd-ism@2025.12.9"),
                Title = title,
                Description = description,
                Mappings = [.. mappings.Select((m, i) => new Mapping
                {
                    Sources = [.. Enumerable.Range(1, m.sources).Select(s => $"PO.{i}.{s}")],
                    Combined = m.sources > 1 && m.relationship != Relationship.NoRelationship,
                    Targets = [$"ism-{i}"],
                    Relationship = m.relationship,
                    Rationale = RationaleType.Semantic,
                    Strength = m.strength,
                    Provenance = m.provenance,
                    Method = MappingMethod.Human,
                    Author = m.author,
                    Date = new DateOnly(2026, 11, 1),
                    Status = MappingStatus.Reviewed,
                    Remarks = m.remarks,
                })],
            };
            var written = CrosswalkYamlWriter.Write(crosswalk, null);
            var read = ReadBack(CrosswalkYamlReader.Read(Utf8(written), "x.yaml"), written);

            Assert.AreEqual(title, read.Title);
            Assert.AreEqual(description, read.Description);
            CollectionAssert.AreEqual(crosswalk.Mappings.Select(m => (m.Relationship, m.Strength, m.Provenance, m.Author, m.Remarks, m.Combined, string.Join(",", m.Sources))).ToList(),
                read.Mappings.Select(m => (m.Relationship, m.Strength, m.Provenance, m.Author, m.Remarks, m.Combined, string.Join(",", m.Sources))).ToList());
            Assert.AreEqual(written, CrosswalkYamlWriter.Write(read, null));
        });
    }

    [TestMethod]
    public void Baselines_RoundTrip() => Gen.Select(Texts.NonBlank, Texts.NonBlank, Texts.NonBlank, Optional, Gen.Int[0, 365], Gen.Bool).Sample(iter: Iterations, assert: parts =>
    {
        var (title, owner, version, description, window, allowNa) = parts;
        var baseline = new Baseline
        {
            Id = "sample",
            Title = title,
            Owner = owner,
            Jurisdiction = Jurisdiction.US,
            Version = version,
            Description = description,
            Catalogs = [CatalogRef.Parse("nist-ssdf@1.1")],
            Select = [new ControlSelector { Catalog = CatalogRef.Parse("nist-ssdf@1.1"), Controls = ["PO.1.1", "PO.1.3"] }],
            Policy = new AcceptancePolicy { PoamMaxDays = window, NotApplicableAllowed = allowNa },
        };
        var written = BaselineYamlWriter.Write(baseline, null);
        var read = ReadBack(BaselineYamlReader.Read(Utf8(written), "b.yaml"), written);

        Assert.AreEqual((title, owner, version, description, window, allowNa), (read.Title, read.Owner, read.Version, read.Description, read.Policy.PoamMaxDays, read.Policy.NotApplicableAllowed));
        Assert.AreEqual(written, BaselineYamlWriter.Write(read, null));
    });

    [TestMethod]
    public void Selections_RoundTrip() => Gen.Select(Texts.NonBlank, Optional, Texts.NonBlank).Sample(iter: Iterations, assert: parts =>
    {
        var (title, profileVersion, attribution) = parts;
        var selection = new ControlSelection
        {
            Id = "sample",
            Title = title,
            Catalog = CatalogRef.Parse("asd-ism@2025.12.9"),
            ProfileVersion = profileVersion,
            Source = Source with { Attribution = attribution },
            Controls = ["ism-0400", "ism-1419"],
            NotInCatalog = ["ism-9999"],
        };
        var written = SelectionYamlWriter.Write(selection, null);
        var read = ReadBack(SelectionYamlReader.Read(Utf8(written), "s.yaml"), written);

        Assert.AreEqual((title, profileVersion, attribution), (read.Title, read.ProfileVersion, read.Source.Attribution));
        Assert.AreEqual(written, SelectionYamlWriter.Write(read, null));
    });
}
