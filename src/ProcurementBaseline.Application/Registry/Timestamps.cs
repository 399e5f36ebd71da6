using System.Globalization;

namespace ProcurementBaseline.Application.Registry;

/// <summary>How the registry writes instants: UTC, to the microsecond, so text order is time order in every database.</summary>
public static class Timestamps
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>A day as the registry writes it (YYYY-MM-DD), the form assessments use.</summary>
    public static string Day(DateOnly day) => Assessment.AssessmentMapper.Date(day);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Microseconds are what is kept: an instant read back equals the one written.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}
