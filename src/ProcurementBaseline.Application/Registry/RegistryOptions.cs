using ProcurementBaseline.Application.Submissions;

namespace ProcurementBaseline.Application.Registry;

/// <summary>The registry's limits.</summary>
public sealed record RegistryOptions
{
    /// <summary>The largest bundle accepted: 64 MiB.</summary>
    public long MaxBundleBytes { get; init; } = 64L << 20;

    /// <summary>The limits each bundle's attestation and evidence are read under, as for assess.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>Whether vendors may sign themselves up (an organisation and its first user); else only the site admin makes them.</summary>
    public bool VendorSignUp { get; init; } = true;

    public const int MaxPageSize = 200;

    public const int MaxReasonLength = 4000;
}
