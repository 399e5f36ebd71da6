using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Sbom.Reading;

internal static class CycloneDxVersions
{
    public static readonly string[] Supported = ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"];

    public static void Check(string? version, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (version is null || Array.IndexOf(Supported, version) < 0)
        {
            diagnostics.Add(DiagnosticCodes.SbomUnsupportedVersion, at, "CycloneDX", version ?? "(none)", string.Join(", ", Supported));
        }
    }
}
