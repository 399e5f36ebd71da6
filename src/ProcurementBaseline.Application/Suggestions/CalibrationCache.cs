using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Catalogs;
using ProcurementBaseline.Harmonisation.Suggestions;

namespace ProcurementBaseline.Application.Suggestions;

/// <summary>
/// The fitted weights kept beside the cached embeddings, so that a warm <c>map suggest</c> does not rank every reviewed
/// crosswalk under every weight again. The key is a SHA-256 over everything the fit reads: the ranking code's build, the
/// model, each crosswalk's counted pairs, and every control of the catalogs involved (id, parent, status, fidelity and
/// both texts). A file that does not hold weights of the grid is ignored.
/// </summary>
internal static class CalibrationCache
{
    public static string Key(string model, CatalogRef rankedInto, IEnumerable<(Catalog Source, Catalog Target, IReadOnlyList<(string Source, string Target)> Pairs)> crosswalks)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\u0000"));
        Add(typeof(SuggestionRanker).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(model);
        Add(rankedInto.ToString());
        var catalogs = new SortedDictionary<string, Catalog>(StringComparer.Ordinal);
        foreach (var (source, target, pairs) in crosswalks)
        {
            Add($"{source.Ref}>{target.Ref}");
            foreach (var (from, to) in pairs.Order())
            {
                Add($"{from}>{to}");
            }

            catalogs.TryAdd(source.Ref.ToString(), source);
            catalogs.TryAdd(target.Ref.ToString(), target);
        }

        foreach (var catalog in catalogs.Values)
        {
            Add(catalog.Ref.ToString());
            foreach (var control in catalog.AllControls)
            {
                Add($"{control.Id}|{control.Parent?.Id}|{control.Control.Status}|{control.Control.Fidelity}|{control.Groups.FirstOrDefault()?.Id}");
                Add(ControlDocument.Text(control));
                Add(ControlDocument.SemanticText(control));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static RankingParameters? Read(string folder, string key)
    {
        try
        {
            var path = Path.Combine(folder, $"calibration-{key}.txt");
            if (!File.Exists(path) || new FileInfo(path).Length > 256)
            {
                return null;
            }

            var words = File.ReadAllText(path).Split(' ', StringSplitOptions.TrimEntries);
            if (words.Length != 4 || !Enum.TryParse<FusionMethod>(words[3], out var fusion)
                || !double.TryParse(words[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var prior)
                || !double.TryParse(words[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var child)
                || !double.TryParse(words[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var semantic))
            {
                return null;
            }

            var parameters = new RankingParameters(prior, child, semantic, fusion);
            return RankingParameters.Grid(true).Contains(parameters) ? parameters : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void Write(string folder, string key, RankingParameters p)
    {
        try
        {
            Directory.CreateDirectory(folder);
            AtomicFileWriter.WriteText(Path.Combine(folder, $"calibration-{key}.txt"),
                string.Create(CultureInfo.InvariantCulture, $"{p.PriorExponent:R} {p.ChildWeight:R} {p.SemanticWeight:R} {p.Fusion}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // As with the embeddings: the next run fits again.
        }
    }
}
