namespace ProcurementBaseline.Tests.Server;

/// <summary>A clock that stands still unless moved, so the server's as-of date is the samples' (2026-11-26).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset SamplesDay { get; } = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
