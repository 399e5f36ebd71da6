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
