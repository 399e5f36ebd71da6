using System.Collections.Immutable;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Reports;

namespace ProcurementBaseline.Application.Comparison;

/// <summary>A comparison as a table report (text, Markdown, CSV, HTML) and as JSON.</summary>
public static class ComparisonReport
{
    /// <param name="comparison">The comparison.</param>
    /// <param name="everyControl">List every required control, not only those where the vendors differ or fall short.</param>
    public static TableReport Table(VendorComparison comparison, bool everyControl)
    {
        var sections = ImmutableArray.CreateBuilder<TableSection>();
        var assessed = comparison.Submissions.Where(s => s.NotAssessed is null).ToList();
        sections.Add(new TableSection("Submissions", [.. comparison.Submissions.Where(s => s.Problem is not null).Select(s => $"Not assessed: {s.Problem}")],
            ["Submission", "Vendor", "Product", .. comparison.Baselines.Select(b => b.Baseline.Id)],
            [.. comparison.Submissions.Select(s => (ImmutableArray<TableCell>)[
                new(s.File), new(s.Vendor ?? "-"), new(s.Product ?? "-"),
                .. comparison.Baselines.Select((_, i) => new TableCell(s.NotAssessed is { } why ? $"not assessed: {why}" : $"{Word(s.Evaluations[i].Verdict)} {Percent(s.Evaluations[i].Overall.Share)}"))])]));
        for (var b = 0; b < comparison.Baselines.Length; b++)
        {
            var baseline = comparison.Baselines[b];
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<TableCell>>();
            rows.Add([new("verdict"), new(""), new(""), .. assessed.Select(s => new TableCell(Word(s.Evaluations[b].Verdict)))]);
            rows.Add([new("score"), new(""), new(""), .. assessed.Select(s => new TableCell(Percent(s.Evaluations[b].Overall.Share)))]);
            var shown = 0;
            for (var i = 0; i < baseline.Controls.Length; i++)
            {
                var kinds = assessed.Select(s => s.Evaluations[b].Findings[i].Kind).ToList();
                if (everyControl || kinds.Distinct().Count() > 1 || kinds.Any(k => !IsMet(k)))
                {
                    var required = baseline.Controls[i];
                    rows.Add([new(required.Key.ToString()), new(required.Control.Control.Title.Default), new(required.Priority.ToString().ToLowerInvariant()),
                        .. kinds.Select(k => new TableCell(Verdicts.Word(k)))]);
                    shown++;
                }
            }

            var note = everyControl
                ? $"All {baseline.Controls.Length} required controls."
                : $"The {shown} of {baseline.Controls.Length} required controls where the vendors differ or fall short; --all-controls lists every one.";
            sections.Add(new TableSection($"{baseline.Baseline.Id}: {baseline.Baseline.Title}", [note],
                ["Control", "Title", "Priority", .. assessed.Select(s => s.Label)], rows.ToImmutable())
            {
                FrozenColumns = 3,
                Interactive = true,
            });
        }

        return new TableReport($"Vendors compared, as of {AssessmentMapper.Date(comparison.AsOf)}",
            [$"{comparison.Submissions.Length} submissions against {string.Join(", ", comparison.Baselines.Select(b => b.Baseline.Id))}; {comparison.Submissions.Length - assessed.Count} not assessed."],
            sections.ToImmutable());
    }

    public static ComparisonJson Json(VendorComparison comparison)
    {
        var assessed = comparison.Submissions.Where(s => s.NotAssessed is null).ToList();
        return new ComparisonJson(AssessmentJson.CurrentSchemaVersion, AssessmentMapper.Date(comparison.AsOf),
            [.. comparison.Submissions.Select(s => new ComparedSubmissionJson(s.File, s.Vendor, s.Product, s.Label, s.Problem))],
            [.. comparison.Baselines.Select((b, i) => new ComparedBaselineJson(b.Baseline.Id, b.Baseline.Title,
                [.. assessed.Select(s => new ComparedVerdictJson(s.File, Word(s.Evaluations[i].Verdict), Math.Round(s.Evaluations[i].Overall.Share, 4)))],
                [.. b.Controls.Select((c, row) => new ComparedControlJson(c.Key.ToString(), c.Control.Control.Title.Default, c.Priority.ToString().ToLowerInvariant(),
                    [.. assessed.Select(s => Verdicts.Word(s.Evaluations[i].Findings[row].Kind))]))]))]);
    }

    private static bool IsMet(FindingKind kind) => kind is FindingKind.Met or FindingKind.MetViaMapping or FindingKind.NotApplicable;

    private static string Word(Verdict verdict) => AssessmentMapper.Word(verdict).ToUpperInvariant();

    private static string Percent(double share) => Evaluation.Score.Percent(share);
}

/// <summary><c>compare --format json</c>: the submissions (with why a bad one was not assessed), then per baseline each assessed one's verdict and each control's findings in submission order.</summary>
public sealed record ComparisonJson(
    [property: System.Text.Json.Serialization.JsonPropertyOrder(-2)] string SchemaVersion,
    string AsOf,
    IReadOnlyList<ComparedSubmissionJson> Submissions,
    IReadOnlyList<ComparedBaselineJson> Baselines)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Kind { get; } = "comparison";
}

public sealed record ComparedSubmissionJson(string File, string? Vendor, string? Product, string Label, string? NotAssessed);

public sealed record ComparedBaselineJson(string Id, string Title, IReadOnlyList<ComparedVerdictJson> Verdicts, IReadOnlyList<ComparedControlJson> Controls);

public sealed record ComparedVerdictJson(string File, string Verdict, double Score);

public sealed record ComparedControlJson(string Control, string Title, string Priority, IReadOnlyList<string> Findings);
