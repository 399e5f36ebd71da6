using System.Collections.Frozen;
using System.Text;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Attestations;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Oscal.Catalogs;
using ProcurementBaseline.Oscal.Mappings;
using ProcurementBaseline.Oscal.Profiles;
using ProcurementBaseline.Oscal.Validation;
using ProcurementBaseline.Yaml.Attestations;
using ProcurementBaseline.Yaml.Baselines;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Crosswalks;
using ProcurementBaseline.Yaml.Selections;
using ProcurementBaseline.Yaml.SbomProfiles;
using ProcurementBaseline.Application.Sboms;
using ProcurementBaseline.Sbom.Vex;

namespace ProcurementBaseline.Fuzz;

/// <summary>
/// What each fuzz target does with one input. A reader must return diagnostics, never throw; an exception escaping a
/// target is a crash for afl-fuzz. The same targets replay the corpus and every crash found in the tests.
/// </summary>
public static class FuzzTargets
{
    // Nothing here may touch the code under test before the fork server starts: instrumented code writes to afl's
    // shared memory, which exists only from then on. So the targets build what they need when they run.
    private static CatalogSource Source => new() { Url = "u", Licence = "l", Attribution = "a", Obtained = "o", Fidelity = Fidelity.Verbatim };

    private static readonly byte[] ProfileCatalog = Encoding.UTF8.GetBytes(
        """{"catalog":{"uuid":"00000000-0000-4000-8000-000000000000","metadata":{"title":"c","version":"1"},"groups":[{"id":"ac","title":"AC","controls":[{"id":"ac-1","title":"One","controls":[{"id":"ac-1.1","title":"Enh"}]},{"id":"ac-2","title":"Two"}]}]}}""");

    public static FrozenDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["attestation"] = bytes => Check(AttestationYamlReader.Read(bytes, "fuzz.yaml")),
        ["catalog"] = bytes => Check(CatalogYamlReader.Read(bytes, "fuzz.yaml")),
        ["crosswalk"] = bytes => Check(CrosswalkYamlReader.Read(bytes, "fuzz.yaml")),
        ["baseline"] = bytes => Check(BaselineYamlReader.Read(bytes, "fuzz.yaml")),
        ["selection"] = bytes => Check(SelectionYamlReader.Read(bytes, "fuzz.yaml")),
        ["oscal-catalog"] = bytes => Check(OscalCatalogImporter.Import(bytes, "fuzz.json", new OscalCatalogImportOptions
        {
            Id = "fuzz",
            Version = CatalogVersion.Parse("1"),
            Jurisdiction = Jurisdiction.US,
            Source = Source,
        })),
        ["oscal-profile"] = bytes => Check(OscalProfileImporter.Import(bytes, "fuzz.json", ProfileCatalog, "catalog.json", new OscalProfileImportOptions
        {
            Id = "fuzz",
            Catalog = CatalogRef.Parse("fuzz@1"),
            Source = Source,
        })),
        ["oscal-mapping-collection"] = bytes => Check(MappingCollectionImporter.Import(bytes, "fuzz.json", new MappingCollectionImportOptions
        {
            Catalogs = System.Collections.Immutable.ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("a.json", CatalogRef.Parse("a@1")), KeyValuePair.Create("b.json", CatalogRef.Parse("b@1"))]),
        })),
        ["oscal-validate"] = bytes => OscalValidate(bytes),
        ["evidence-path"] = EvidencePath,
        ["sbom"] = Sbom,
        ["vex"] = Vex,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Our checks of any OSCAL document, and the outline profiles resolve against: diagnostics, never an exception.</summary>
    private static void OscalValidate(byte[] bytes)
    {
        var result = OscalDocumentValidator.Validate(bytes, "fuzz.json", schema: null);
        if (result.IsValid && result.Diagnostics.Any(d => d.IsError))
        {
            throw new InvalidOperationException("a document was called valid with errors");
        }

        _ = CatalogOutline.Read(bytes, "fuzz.json", OscalIdStyle.Oscal, new Diagnostics.DiagnosticBag());
    }

    /// <summary>A profile reading every kind of place (native fields, fallbacks, properties, document facts), built when a target first runs.</summary>
    private static readonly Lazy<IReadOnlyList<Sboms.SbomProfile>> Profiles = new(() => [SbomProfileYamlReader.Read(Encoding.UTF8.GetBytes("""
        kind: sbom-profile
        schema-version: "1"
        id: fuzz
        version: "1"
        title: Fuzz
        fields:
          - {id: supplier, title: Supplier, scope: component, read: {cyclonedx: [supplier, manufacturer, authors], spdx: [supplier, originator]}}
          - {id: ids, title: Ids, scope: component, read: {cyclonedx: [purl, cpe, swid], spdx: [purl, cpe, swid]}}
          - {id: hash, title: Hash, scope: component, read: {cyclonedx: [hash], spdx: [hash]}}
          - {id: dependencies, title: Dependencies, scope: component, read: {cyclonedx: [dependencies], spdx: [dependencies]}}
          - {id: criticality, title: Criticality, scope: component, read: {cyclonedx: ["property:cert-in:criticality"], spdx: ["property:cert-in:criticality"]}}
          - {id: eol, title: EOL, scope: component, read: {cyclonedx: ["property:cert-in:end-of-life-date"], spdx: [valid-until]}}
          - {id: authors, title: Authors, scope: document, read: {cyclonedx: [sbom-authors, tools], spdx: [sbom-authors, tools]}}
          - {id: vulnerabilities, title: Vulnerabilities, scope: document, read: {cyclonedx: [vulnerability-data], spdx: [vulnerability-data]}}
        """), "fuzz.yaml").Value ?? throw new InvalidOperationException("the fuzz profile does not read")]);

    /// <summary>An SBOM read, inventoried and judged: diagnostics, never an exception; a readable one has no errors, and every share is between 0 and 1.</summary>
    private static void Sbom(byte[] bytes)
    {
        var check = SbomCheck.Run(new MemoryStream(bytes, writable: false), "fuzz.json", Profiles.Value);
        if (check.Readable && check.HasErrors)
        {
            throw new InvalidOperationException("an SBOM was judged with errors");
        }

        if (check.Profiles.SelectMany(p => p.Fields).FirstOrDefault(f => f.Have < 0 || f.Have > f.Of) is { } field)
        {
            throw new InvalidOperationException($"field {field.Field.Id} has {field.Have} of {field.Of}");
        }
    }

    /// <summary>A VEX document read: statements or diagnostics, never an exception, and never both statements and errors.</summary>
    private static void Vex(byte[] bytes)
    {
        var read = VexReader.Read(new MemoryStream(bytes, writable: false), "fuzz.json");
        if (!read.Succeeded && read.Statements.Length > 0)
        {
            throw new InvalidOperationException("a VEX document gave statements with errors");
        }
    }

    private static void Check<T>(Diagnostics.LoadResult<T> result)
        where T : class
    {
        if (result.Value is not null && result.HasErrors)
        {
            throw new InvalidOperationException("a reader returned a value together with errors");
        }
    }

    /// <summary>
    /// A path from an attestation, checked as procbase checks it: the textual rule, then the walk beneath a folder that
    /// holds files, a link inside, a link out, a loop and a FIFO. Whatever the path, nothing outside the folder opens.
    /// </summary>
    private static void EvidencePath(byte[] bytes)
    {
        var path = Encoding.UTF8.GetString(bytes);
        var name = OutputNames.Sanitise(path);
        if (name.Length == 0 || name[0] == '.' || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new InvalidOperationException($"output name '{name}' could leave its folder or hide");
        }

        if (EvidencePaths.WhyOutside(path) is not null || path.Contains('\0', StringComparison.Ordinal))
        {
            return;
        }

        var opening = InputFiles.OpenBeneath(Sandbox.Root, path);
        using var file = opening.File;
        if (file is not null && !Sandbox.IsInside(file))
        {
            throw new InvalidOperationException($"'{path}' opened a file outside the folder");
        }
    }
}
