namespace ProcurementBaseline.Sboms;

/// <summary>The SBOM encodings read. Profiles name places to read per family (<see cref="SbomFamily"/>), since CycloneDX JSON and XML carry the same fields.</summary>
public enum SbomFormat
{
    CycloneDxJson,
    CycloneDxXml,
    Spdx2Json,
    Spdx3JsonLd,
}

/// <summary>A format's family: where a profile field is read from is written once per family.</summary>
public enum SbomFamily
{
    CycloneDx,
    Spdx,
}

public static class SbomFormats
{
    public static SbomFamily Family(this SbomFormat format) =>
        format is SbomFormat.CycloneDxJson or SbomFormat.CycloneDxXml ? SbomFamily.CycloneDx : SbomFamily.Spdx;

    public static string Name(this SbomFormat format) => format switch
    {
        SbomFormat.CycloneDxJson => "CycloneDX JSON",
        SbomFormat.CycloneDxXml => "CycloneDX XML",
        SbomFormat.Spdx2Json => "SPDX 2 JSON",
        _ => "SPDX 3 JSON-LD",
    };
}
