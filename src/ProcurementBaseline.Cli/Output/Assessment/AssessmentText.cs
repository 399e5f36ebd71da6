using System.Globalization;
using ProcurementBaseline.Text;
using ProcurementBaseline.Application.Assessment;

namespace ProcurementBaseline.Cli.Output.Assessment;

/// <summary>The summary table assess prints, from the assessment's JSON contract. The reports themselves come from templates.</summary>
public static class AssessmentText
{
    private static readonly string[] Kinds = ["met", "met-via-mapping", "partially-met", "planned", "not-applicable", "not-met", "evidence-problem", "no-claim"];

    /// <summary>The short table assess prints: one row per baseline.</summary>
    public static void SummaryTable(TextWriter w, AssessmentJson assessment)
    {
        var a = assessment.Attestation;
        w.WriteLine(VisibleText.Escape($"{a.Vendor}, {a.Product} {a.ProductVersion} ({a.File}), as of {assessment.AsOf}:"));
        var table = new TextTable("BASELINE", "VERDICT", "SCORE", "MET", "MAPPED", "PARTIAL", "PLANNED", "N/A", "NOT MET", "EVIDENCE", "NO CLAIM");
        foreach (var b in assessment.Baselines)
        {
            table.Add([b.Id, b.Verdict.ToUpperInvariant(), Percent(b.Scores.Overall.Share), .. Kinds.Select(k => b.Counts[k].ToString(CultureInfo.InvariantCulture))]);
        }

        table.WriteTo(w);
    }

    public static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);
}
