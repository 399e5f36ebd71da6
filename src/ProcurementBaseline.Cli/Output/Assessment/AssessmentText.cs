using System.Globalization;
using ProcurementBaseline.Text;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Cli.Output.Assessment;

/// <summary>The summary table assess prints, from the assessment's JSON contract. The reports themselves come from templates.</summary>
public static class AssessmentText
{
    private static readonly string[] Kinds = ["met", "met-via-mapping", "partially-met", "planned", "not-applicable", "not-met", "evidence-problem", "no-claim"];

    /// <summary>The short table assess prints: one row per baseline, under the attestation as the console shows its path.</summary>
    public static void SummaryTable(TextWriter w, AssessmentJson assessment, string shownFile)
    {
        var a = assessment.Attestation;
        w.WriteLine(VisibleText.Escape($"{a.Vendor}, {a.Product} {a.ProductVersion} ({shownFile}), as of {assessment.AsOf}:"));
        var table = new TextTable("BASELINE", "VERDICT", "SCORE", "MET", "MAPPED", "PARTIAL", "PLANNED", "N/A", "NOT MET", "EVIDENCE", "NO CLAIM");
        foreach (var b in assessment.Baselines)
        {
            table.Add([b.Id, b.Verdict.ToUpperInvariant(), Percent(b.Scores.Overall.Share), .. Kinds.Select(k => b.Counts[k].ToString(CultureInfo.InvariantCulture))]);
        }

        table.WriteTo(w);
    }

    /// <summary>
    /// The controls each baseline still lacks, for a release pipeline's log: must controls first, then should, each
    /// with its finding, title and the first line of its reason; past <paramref name="shown"/>, a count of the rest.
    /// </summary>
    public static void Gaps(TextWriter w, SubmissionAssessment assessment, int shown)
    {
        foreach (var evaluation in assessment.Evaluations)
        {
            var gaps = evaluation.Findings.Where(f => !f.IsMet && f.Kind != FindingKind.NotApplicable)
                .OrderBy(f => f.Priority).ThenBy(f => f.Kind).ToList();
            if (gaps.Count == 0)
            {
                continue;
            }

            var musts = gaps.Count(f => f.Priority == Priority.Must);
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{evaluation.Baseline.Baseline.Id}: {AssessmentMapper.Word(evaluation.Verdict)}, {musts} must and {gaps.Count - musts} should controls not met:"));
            foreach (var gap in gaps.Take(shown))
            {
                var title = gap.Required.Control.Control.Title.Default;
                w.WriteLine(VisibleText.Escape($"  {Verdicts.Word(gap.Kind),-16} {gap.Priority.ToString().ToLowerInvariant(),-6} {gap.Control} {Shorten(title, 60)}: {Shorten(gap.Reason, 160)}"));
            }

            if (gaps.Count > shown)
            {
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {gaps.Count - shown} more (the reports list every gap)"));
            }
        }
    }

    /// <summary>The files a submission's outputs went to.</summary>
    public static void Written(TextWriter w, IEnumerable<string> files)
    {
        var list = files.ToList();
        if (list.Count > 0)
        {
            w.WriteLine(VisibleText.Escape($"Wrote {string.Join(", ", list)}"));
        }
    }

    private static string Shorten(string text, int length)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= length ? line : $"{line[..(length - 1)].TrimEnd()}…";
    }

    public static string Percent(double share) => Score.Percent(share);
}
