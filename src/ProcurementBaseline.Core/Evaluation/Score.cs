namespace ProcurementBaseline.Evaluation;

/// <summary>The share of required controls met (directly or through mappings), leaving out accepted N/A.</summary>
public sealed record Score(string Scope, int Met, int Required)
{
    public double Share => Required == 0 ? 1 : (double)Met / Required;

    /// <summary>A share as every output shows it: a whole percentage, invariant culture ("95 %").</summary>
    public static string Percent(double share) => share.ToString("P0", System.Globalization.CultureInfo.InvariantCulture);
}
