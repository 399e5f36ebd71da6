using System.Globalization;

namespace ProcurementBaseline.Cli.Output.Assessment;

/// <summary>Plain-text and Markdown views of an assessment, rendered from its JSON contract so that every view says the same.</summary>
public static class AssessmentText
{
    private static readonly string[] Kinds = ["met", "met-via-mapping", "partially-met", "planned", "not-applicable", "not-met", "evidence-problem", "no-claim"];

    /// <summary>The short table assess prints: one row per baseline.</summary>
    public static void SummaryTable(TextWriter w, AssessmentJson assessment)
    {
        w.WriteLine($"{assessment.Attestation.Vendor}, {assessment.Attestation.Product} {assessment.Attestation.ProductVersion} ({assessment.Attestation.File}), as of {assessment.AsOf}:");
        var table = new TextTable("BASELINE", "VERDICT", "SCORE", "MET", "MAPPED", "PARTIAL", "PLANNED", "N/A", "NOT MET", "EVIDENCE", "NO CLAIM");
        foreach (var b in assessment.Baselines)
        {
            table.Add([b.Id, b.Verdict.ToUpperInvariant(), Percent(b.Scores.Overall.Share), .. Kinds.Select(k => b.Counts[k].ToString(CultureInfo.InvariantCulture))]);
        }

        table.WriteTo(w);
    }

    public static string Full(AssessmentJson assessment)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        SummaryTable(w, assessment);
        foreach (var b in assessment.Baselines)
        {
            w.WriteLine();
            w.WriteLine($"== {b.Id}: {b.Verdict.ToUpperInvariant()} ==");
            foreach (var reason in b.Reasons)
            {
                w.WriteLine($"  {reason}");
            }

            foreach (var f in b.Findings.Where(f => f.Finding is not ("met" or "not-applicable")))
            {
                w.WriteLine($"  [{f.Finding}] {f.Control} ({f.Priority}) {f.Title}");
                w.WriteLine($"      {f.Reason}");
                if (f.Residual is { } residual)
                {
                    w.WriteLine($"      Still asks: {residual}");
                }
            }
        }

        return w.ToString();
    }

    public static string Markdown(AssessmentJson assessment)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var a = assessment.Attestation;
        w.WriteLine($"# Assessment: {Escape(a.Vendor)}, {Escape(a.Product)} {Escape(a.ProductVersion)}");
        w.WriteLine();
        w.WriteLine($"As of {assessment.AsOf}; attestation signed {a.Date} by {Escape(a.Signatory)}; {a.Claims} claims. procbase {assessment.Tool.Version}.");
        w.WriteLine();
        w.WriteLine("| baseline | verdict | score | met | via mapping | partial | planned | N/A | not met | evidence | no claim |");
        w.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var b in assessment.Baselines)
        {
            w.WriteLine($"| {b.Id} | **{b.Verdict}** | {Percent(b.Scores.Overall.Share)} | {string.Join(" | ", Kinds.Select(k => b.Counts[k]))} |");
        }

        foreach (var b in assessment.Baselines)
        {
            w.WriteLine();
            w.WriteLine($"## {Escape(b.Title)}");
            w.WriteLine();
            w.WriteLine($"**{b.Verdict}**. {string.Join(" ", b.Reasons.Select(Escape))}");
            var gaps = b.Findings.Where(f => f.Finding is not ("met" or "not-applicable" or "met-via-mapping")).ToList();
            if (gaps.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("| control | priority | finding | reason | due |");
                w.WriteLine("|---|---|---|---|---|");
                foreach (var f in gaps)
                {
                    w.WriteLine($"| {Escape(f.Control)} {Escape(f.Title)} | {f.Priority} | {f.Finding} | {Escape(f.Reason)} | {f.Due ?? ""} |");
                }
            }

            var mapped = b.Findings.Where(f => f.Finding == "met-via-mapping").ToList();
            if (mapped.Count > 0)
            {
                w.WriteLine();
                w.WriteLine($"Met through mappings ({mapped.Count}):");
                w.WriteLine();
                foreach (var f in mapped)
                {
                    w.WriteLine($"- {Escape(f.Control)}: {Escape(f.Reason)}");
                }
            }
        }

        return w.ToString();
    }

    public static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
