namespace ProcurementBaseline.Sboms;

/// <summary>Values that say "nothing here" in SBOMs.</summary>
public static class SbomValues
{
    /// <summary>SPDX's NOASSERTION and NONE, which state that a value is absent or unknown: they do not fill a field.</summary>
    public static bool IsNoAssertion(string value) =>
        value.Equals("NOASSERTION", StringComparison.OrdinalIgnoreCase) || value.Equals("NONE", StringComparison.OrdinalIgnoreCase);

    /// <summary>A value or null when it is blank or a no-assertion.</summary>
    public static string? Meaningful(string? value) =>
        string.IsNullOrWhiteSpace(value) || IsNoAssertion(value) ? null : value.Trim();
}
