using System.Text;
using ProcurementBaseline.Application.Sboms;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Sboms;

namespace ProcurementBaseline.Tests;

/// <summary>The shipped profiles and one-call SBOM checks on files or text.</summary>
internal static class SbomTestKit
{
    private static readonly Lazy<IReadOnlyList<SbomProfile>> Loaded = new(() =>
        new StandardsLoader(RepositoryPaths.Root).Load([RepositoryPaths.Standards]).SbomProfiles);

    public static IReadOnlyList<SbomProfile> Profiles => Loaded.Value;

    public static SbomProfile Profile(string key) => Profiles.Single(p => p.Key == key);

    public static SbomCheck CheckFile(string path)
    {
        using var stream = File.OpenRead(path);
        return SbomCheck.Run(stream, Path.GetFileName(path), Profiles);
    }

    public static SbomCheck CheckText(string text, string name = "sbom.json") => CheckBytes(Encoding.UTF8.GetBytes(text), name);

    public static SbomCheck CheckBytes(byte[] bytes, string name = "sbom.json") => SbomCheck.Run(new MemoryStream(bytes), name, Profiles);

    public static SbomFieldResult Field(this SbomCheck check, string profile, string field) =>
        check.Profile(profile)!.Fields.Single(f => f.Field.Id == field);

    public static string Shares(this SbomCheck check, string profile) =>
        string.Join(" ", check.Profile(profile)!.Fields.Select(f => $"{f.Field.Id}:{f.Have}/{f.Of}"));
}
