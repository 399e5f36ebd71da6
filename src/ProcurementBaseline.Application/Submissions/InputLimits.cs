using System.Globalization;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>
/// How much of an input is read. Evidence larger than <see cref="MaxEvidenceBytes"/> is not hashed (an evidence
/// problem, PB1617), so a sparse 200 GiB file costs nothing; an attestation larger than <see cref="MaxAttestationBytes"/>
/// is not read (PB0003). docs/cli.md documents both defaults.
/// </summary>
public sealed record InputLimits
{
    public const long DefaultMaxEvidenceBytes = 1L << 30;

    public const long DefaultMaxAttestationBytes = 512L << 20;

    public static InputLimits Default { get; } = new();

    public long MaxEvidenceBytes { get; init; } = DefaultMaxEvidenceBytes;

    public long MaxAttestationBytes { get; init; } = DefaultMaxAttestationBytes;

    /// <summary>Reads a size such as <c>1073741824</c>, <c>512MiB</c>, <c>2GiB</c>, <c>100MB</c>; null when it is not one.</summary>
    public static long? ParseSize(string text)
    {
        var units = new (string Suffix, long Factor)[] { ("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10), ("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1_000), ("B", 1) };
        var trimmed = text.Trim();
        var (digits, factor) = units.FirstOrDefault(u => trimmed.EndsWith(u.Suffix, StringComparison.Ordinal)) is { Suffix: not null } unit
            ? (trimmed[..^unit.Suffix.Length].TrimEnd(), unit.Factor)
            : (trimmed, 1L);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= long.MaxValue / factor
            ? value * factor
            : null;
    }

    /// <summary>"1 GiB", "512 MiB", "10,000 bytes": a size as messages show it.</summary>
    public static string Describe(long bytes) =>
        bytes % (1L << 30) == 0 ? $"{bytes >> 30:N0} GiB"
        : bytes % (1L << 20) == 0 ? $"{bytes >> 20:N0} MiB"
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
