namespace ProcurementBaseline.Sboms;

/// <summary>A named value on a component: a CycloneDX property, or an SPDX annotation written <c>name=value</c>.</summary>
public readonly record struct SbomProperty(string Name, string Value);
