using ProcurementBaseline.Sboms;
using ProcurementBaseline.Yaml.SbomProfiles;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Harmonisation;
using ProcurementBaseline.Selections;
using ProcurementBaseline.Yaml.Baselines;
using ProcurementBaseline.Yaml.Catalogs;
using ProcurementBaseline.Yaml.Crosswalks;
using ProcurementBaseline.Yaml.Nodes;
using ProcurementBaseline.Yaml.Reading;
using ProcurementBaseline.Yaml.Selections;

namespace ProcurementBaseline.Application.Standards;

/// <summary>
/// Loads every catalog and selection file under the given paths, in parallel, and checks what spans files:
/// duplicate catalog versions, file locations, and selections against their catalogs.
/// </summary>
public sealed class StandardsLoader(string workingDirectory, ParsedYamlCache? parsedYaml)
{
    /// <summary>A loader with the parsed-file cache the environment asks for (<see cref="ParsedYamlCache.FromEnvironment"/>).</summary>
    public StandardsLoader(string workingDirectory)
        : this(workingDirectory, DefaultCache.Value)
    {
    }

    private static readonly Lazy<ParsedYamlCache?> DefaultCache = new(ParsedYamlCache.FromEnvironment);

    public StandardsSet Load(IEnumerable<string> paths, CatalogLibrary? referenceCatalogs = null)
    {
        var diagnostics = new DiagnosticBag();
        var missing = new List<string>();
        var files = StandardsFiles.Enumerate(paths, missing);
        foreach (var path in missing)
        {
            diagnostics.Add(DiagnosticCodes.PathNotFound, SourceLocation.WholeFile(DisplayPaths.For(path, workingDirectory)), path);
        }

        var results = new ConcurrentBag<FileResult>();
        // Largest first, each core taking the next file when it is free: the catalogs differ in size by a thousand
        // times, and a list handed out in fixed halves leaves one core parsing SP 800-53 while the other waits.
        var largestFirst = files.OrderByDescending(f => Length(f.FullPath)).ThenBy(f => f.FullPath, StringComparer.Ordinal).ToList();
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), file => results.Add(LoadFile(file.FullPath, file.BelowRoot)));
        var ordered = results.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        foreach (var result in ordered)
        {
            diagnostics.AddRange(result.Diagnostics);
        }

        var catalogs = CheckCatalogs(ordered, diagnostics);
        var library = new CatalogLibrary(catalogs.Concat(referenceCatalogs?.Catalogs ?? []));
        var selections = CheckSelections(ordered, library, diagnostics);
        var crosswalks = CheckCrosswalks(ordered, library, diagnostics);
        var baselines = CheckBaselines(ordered, library, selections, diagnostics);
        var profiles = CheckProfiles(ordered, baselines, diagnostics);
        var inputs = ordered.Where(r => r.Sha256 is not null).Select(r => new StandardsInput(r.BelowRoot, r.Shown, r.Sha256!)).ToImmutableArray();
        var pins = ordered.Where(r => r.Sha256 is not null).Select(Pin).OfType<StandardsPin>().ToImmutableArray();
        return new StandardsSet(library, selections, crosswalks, baselines, files.Count, catalogs.Count, diagnostics.ToImmutableSorted()) { Inputs = inputs, Pins = pins, SbomProfiles = profiles };
    }

    private static StandardsPin? Pin(FileResult r) =>
        r.Catalog is { } catalog ? new StandardsPin(StandardsPin.Catalog, catalog.Ref.ToString(), r.BelowRoot, r.Sha256!)
        : r.Crosswalk is { } crosswalk ? new StandardsPin(StandardsPin.Crosswalk, crosswalk.Name, r.BelowRoot, r.Sha256!)
        : r.Baseline is { } baseline ? new StandardsPin(StandardsPin.Baseline, $"{baseline.Id}@{baseline.Version}", r.BelowRoot, r.Sha256!)
        : null;

    private static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0; // LoadFile reports it
        }
    }

    private FileResult LoadFile(string path, string belowRoot)
    {
        var shown = DisplayPaths.For(path, workingDirectory);
        var diagnostics = new DiagnosticBag();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.FileUnreadable, SourceLocation.WholeFile(shown), ex.Message);
            return new FileResult(path, belowRoot, shown, null, null, null, null, null, null, diagnostics.ToImmutableSorted());
        }

        var context = new ReadContext(shown, diagnostics);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var cache = bytes.Length >= ParsedYamlCache.MinimumFileBytes ? parsedYaml : null;
        var root = cache?.Find(sha256);
        if (root is null)
        {
            root = YamlDocument.Parse(bytes, context);
            if (cache is not null && root is not null && diagnostics.Count == 0)
            {
                cache.Keep(sha256, root);
            }
        }

        Catalog? catalog = null;
        ControlSelection? selection = null;
        ImmutableDictionary<string, YNode>? positions = null;
        Crosswalk? crosswalk = null;
        Baseline? baseline = null;
        SbomProfile? profile = null;
        switch (YamlDocument.PeekKind(root))
        {
            case SbomProfileYamlReader.Kind:
                profile = SbomProfileYamlReader.Read(root, context);
                break;
            case BaselineYamlReader.Kind:
                baseline = BaselineYamlReader.Read(root, context);
                break;
            case CrosswalkYamlReader.Kind:
                crosswalk = CrosswalkYamlReader.Read(root, context);
                break;
            case SelectionYamlReader.Kind:
                (selection, positions) = SelectionYamlReader.Read(root, context);
                break;
            case null when root is null:
                break;
            default:
                // Catalogs are the default, so a file that lacks `kind` is reported against the catalog format.
                catalog = CatalogYamlReader.Read(root, context);
                break;
        }

        return new FileResult(path, belowRoot, shown, catalog, selection, positions, crosswalk, baseline, sha256, diagnostics.ToImmutableSorted()) { Profile = profile };
    }

    private static List<Catalog> CheckCatalogs(List<FileResult> results, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<CatalogRef, string>();
        var catalogs = new List<Catalog>();
        foreach (var result in results.Where(r => r.Catalog is not null))
        {
            var catalog = result.Catalog!;
            if (seen.TryGetValue(catalog.Ref, out var first))
            {
                diagnostics.Add(DiagnosticCodes.DuplicateCatalogVersion, SourceLocation.WholeFile(result.Shown), catalog.Ref, first);
                continue;
            }

            seen.Add(catalog.Ref, result.Shown);
            catalogs.Add(catalog);
            var expected = $"{catalog.Id}/{catalog.Version}.yaml";
            var actual = $"{Path.GetFileName(Path.GetDirectoryName(result.Path))}/{Path.GetFileName(result.Path)}";
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCodes.FileNameMismatch, SourceLocation.WholeFile(result.Shown), catalog.Ref, $".../{expected}");
            }
        }

        return catalogs;
    }

    private static ImmutableArray<ControlSelection> CheckSelections(List<FileResult> results, CatalogLibrary library, DiagnosticBag diagnostics)
    {
        var selections = ImmutableArray.CreateBuilder<ControlSelection>();
        foreach (var result in results.Where(r => r.Selection is not null))
        {
            var selection = result.Selection!;
            selections.Add(selection);
            var catalog = library.Find(selection.Catalog);
            if (catalog is null)
            {
                diagnostics.Add(DiagnosticCodes.SelectionUnknownCatalog, SourceLocation.WholeFile(result.Shown), selection.Id, selection.Catalog);
                continue;
            }

            foreach (var id in selection.Controls.Where(id => catalog.Find(id) is null))
            {
                var node = result.Positions![id];
                diagnostics.Add(DiagnosticCodes.SelectionUnknownControl, new SourceLocation(result.Shown, node.Line, node.Column), selection.Id, id, selection.Catalog);
            }
        }

        return selections.ToImmutable();
    }

    private static ImmutableArray<Crosswalk> CheckCrosswalks(List<FileResult> results, CatalogLibrary library, DiagnosticBag diagnostics)
    {
        var crosswalks = ImmutableArray.CreateBuilder<Crosswalk>();
        foreach (var result in results.Where(r => r.Crosswalk is not null))
        {
            var crosswalk = result.Crosswalk!;
            crosswalks.Add(crosswalk);
            CrosswalkChecks.Check(crosswalk, library, diagnostics, result.Shown);
            var expected = $"{crosswalk.Name}.yaml";
            if (!string.Equals(Path.GetFileName(result.Path), expected, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCodes.CrosswalkFileNameMismatch, crosswalk.Origin ?? SourceLocation.WholeFile(result.Shown), crosswalk.Source, crosswalk.Target, expected);
            }
        }

        return crosswalks.ToImmutable();
    }

    private static ImmutableArray<ResolvedBaseline> CheckBaselines(List<FileResult> results, CatalogLibrary library, ImmutableArray<ControlSelection> selections, DiagnosticBag diagnostics)
    {
        var baselines = ImmutableArray.CreateBuilder<ResolvedBaseline>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => r.Baseline is not null))
        {
            var baseline = result.Baseline!;
            if (!seen.TryAdd(baseline.Id, result.Shown))
            {
                diagnostics.Add(DiagnosticCodes.DuplicateBaseline, SourceLocation.WholeFile(result.Shown), baseline.Id, seen[baseline.Id]);
                continue;
            }

            baselines.Add(ResolvedBaseline.Resolve(baseline, library, selections, diagnostics, result.Shown));
        }

        return baselines.ToImmutable();
    }

    /// <summary>The SBOM profiles, one per id and version, and a PB1917 for each baseline requirement naming one not loaded.</summary>
    private static ImmutableArray<SbomProfile> CheckProfiles(List<FileResult> results, ImmutableArray<ResolvedBaseline> baselines, DiagnosticBag diagnostics)
    {
        var profiles = new Dictionary<string, SbomProfile>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => r.Profile is not null))
        {
            if (!profiles.TryAdd(result.Profile!.Key, result.Profile))
            {
                diagnostics.Add(DiagnosticCodes.DuplicateKey, result.Profile.Origin ?? SourceLocation.WholeFile(result.Shown), result.Profile.Key);
            }
        }

        foreach (var requirement in baselines.SelectMany(b => b.Baseline.Policy.EvidenceRequirements))
        {
            if (requirement.Profile is { } key && !profiles.ContainsKey(key))
            {
                diagnostics.Add(DiagnosticCodes.UnknownSbomProfile, requirement.Origin ?? SourceLocation.WholeFile("baseline"), key, profiles.Count == 0 ? "none" : string.Join(", ", profiles.Keys.Order(StringComparer.Ordinal)));
            }
        }

        return [.. profiles.Values.OrderBy(p => p.Key, StringComparer.Ordinal)];
    }

    private sealed record FileResult(
        string Path,
        string BelowRoot,
        string Shown,
        Catalog? Catalog,
        ControlSelection? Selection,
        ImmutableDictionary<string, YNode>? Positions,
        Crosswalk? Crosswalk,
        Baseline? Baseline,
        string? Sha256,
        ImmutableArray<Diagnostic> Diagnostics)
    {
        public SbomProfile? Profile { get; init; }
    }
}
