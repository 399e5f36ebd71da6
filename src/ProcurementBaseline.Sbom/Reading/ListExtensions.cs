namespace ProcurementBaseline.Sbom.Reading;

internal static class ListExtensions
{
    public static void AddIfPresent(this List<string> list, string? value)
    {
        if (ProcurementBaseline.Sboms.SbomValues.Meaningful(value) is { } meaningful)
        {
            list.Add(meaningful);
        }
    }
}
