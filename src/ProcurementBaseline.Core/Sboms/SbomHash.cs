namespace ProcurementBaseline.Sboms;

/// <summary>A component's checksum as the SBOM gives it: the algorithm's name there ("SHA-256", "SHA256") and the value.</summary>
public readonly record struct SbomHash(string Algorithm, string Value);
