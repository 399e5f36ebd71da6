using System.Collections.Concurrent;
using ProcurementBaseline.Application;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.IO;
using ProcurementBaseline.Application.Standards;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Assessment;
using ProcurementBaseline.Evaluation;
using ProcurementBaseline.Reports;

namespace ProcurementBaseline.Cli.Commands.AssessCommands;

/// <summary>
/// One assess run over one or more submissions, streamed: each is read, evaluated, written and dropped. Up to
/// <c>jobs</c> submissions are assessed at once; what each prints is held until its turn, so the console shows the
/// submissions in input order, exactly as a run on one thread would.
/// </summary>
internal sealed class AssessmentRun(
    CliContext cli,
    HarmonisationSet loaded,
    List<ResolvedBaseline> chosen,
    DateOnly asOf,
    bool noMappings,
    string? outputFolder,
    HashSet<string> formats,
    ReportWriter reports,
    int jobs)
{
    private readonly ConcurrentDictionary<string, Lazy<EvaluationPlan>> _plans = new(StringComparer.Ordinal);

    public int Execute(List<string> files)
    {
        var portfolio = new List<PortfolioEntryJson>();
        var worst = ExitCodes.Success;
        var invalid = false;
        var results = files.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Min(jobs, 512))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(file =>
            {
                var (output, error) = (new StringWriter(), new StringWriter());
                var (entry, code) = AssessOne(file, files.Count > 1, output, error);
                return (File: file, Entry: entry, Code: code, Output: output.ToString(), Error: error.ToString());
            });
        var done = 0;
        foreach (var (file, entry, code, output, error) in results)
        {
            if (cli.ErrorIsTerminal && files.Count > 1)
            {
                cli.Error.Write($"\r[{++done}/{files.Count}] {DisplayPaths.For(file, cli.WorkingDirectory)}\u001b[K");
                if (error.Length > 0)
                {
                    cli.Error.WriteLine(); // the submission's messages start below its progress line
                }
            }

            cli.Error.Write(error);
            cli.Out.Write(output);
            portfolio.Add(entry);
            invalid |= code == ExitCodes.InputErrors;
            worst = Math.Max(worst, code == ExitCodes.InputErrors ? ExitCodes.Success : code);
        }

        if (cli.ErrorIsTerminal && files.Count > 1)
        {
            cli.Error.WriteLine();
        }

        if (files.Count > 1)
        {
            WritePortfolio(portfolio);
        }

        return invalid ? ExitCodes.InputErrors : worst;
    }

    private (PortfolioEntryJson Entry, int Code) AssessOne(string file, bool many, TextWriter output, TextWriter error)
    {
        var baselines = chosen;
        var submission = LoadedAttestation.Load(file, loaded.Standards, baselines, cli.WorkingDirectory);
        DiagnosticPrinter.Print(submission.Diagnostics, error);
        if (submission.HasErrors)
        {
            error.WriteLine($"{submission.Shown}: not assessed: the attestation has errors.");
            return (new PortfolioEntryJson(submission.Shown, null, null, "invalid attestation", null, null), ExitCodes.InputErrors);
        }

        var attestation = submission.Attestation!;
        if (baselines.Count == 0)
        {
            baselines = LoadedAttestation.Named(attestation, loaded.Standards);
            if (baselines.Count == 0)
            {
                error.WriteLine($"{submission.Shown}: not assessed: no --baseline given and the attestation names none.");
                return (new PortfolioEntryJson(submission.Shown, attestation.Vendor.Name, attestation.Product.Name, "no baseline", null, null), ExitCodes.InputErrors);
            }
        }

        var evaluations = baselines.Select(b => Evaluator.Evaluate(Plan(b), attestation, asOf, submission.Evidence)).ToList();
        var inputs = loaded.Standards.Inputs.Select(i => new InputJson(i.File, i.Sha256)).Prepend(new InputJson(submission.Shown, submission.Sha256!)).ToList();
        var json = AssessmentMapper.Map(attestation, submission.Shown, submission.Sha256!, evaluations, asOf, inputs);
        AssessmentText.SummaryTable(output, json);
        if (many)
        {
            output.WriteLine();
        }

        if (outputFolder is not null)
        {
            var report = GapReportBuilder.Build(attestation, evaluations, loaded.Standards.Catalogs, asOf,
                new GapReportBuilder.Inputs(submission.Shown, submission.Sha256!, ToolVersion.Current, [.. inputs.Select(i => new InputRow(i.File, i.Sha256))]));
            if (!Write(json, report, OutputStem(file), error))
            {
                return (new PortfolioEntryJson(submission.Shown, attestation.Vendor.Name, attestation.Product.Name, "template error", null, null), ExitCodes.InputErrors);
            }
        }

        var code = evaluations.Max(e => e.Verdict) switch
        {
            Verdict.Fail => ExitCodes.Fail,
            Verdict.Conditional => ExitCodes.Conditional,
            _ => ExitCodes.Success,
        };
        return (new PortfolioEntryJson(submission.Shown, attestation.Vendor.Name, $"{attestation.Product.Name} {attestation.Product.Version}", null,
            json.Baselines.ToDictionary(b => b.Id, b => b.Verdict, StringComparer.Ordinal),
            json.Baselines.ToDictionary(b => b.Id, b => b.Scores.Overall.Share, StringComparer.Ordinal)), code);
    }

    /// <summary>The baseline compiled for evaluation, once per run however many submissions use it.</summary>
    private EvaluationPlan Plan(ResolvedBaseline baseline) =>
        _plans.GetOrAdd(baseline.Baseline.Id, _ => new Lazy<EvaluationPlan>(() => BaselineOptions.Plans([baseline], loaded, noMappings)[baseline.Baseline.Id])).Value;

    /// <summary>Writes every format asked for; false, after reporting, when a template fails.</summary>
    private bool Write(AssessmentJson json, GapReport report, string stem, TextWriter error)
    {
        if (formats.Contains("json"))
        {
            AtomicFileWriter.WriteText(Path.Combine(outputFolder!, $"{stem}.json"), AssessmentMapper.Serialize(json));
        }

        if (formats.Contains("pdf"))
        {
            // The PDF's creation date is the as-of date, so the same inputs give the same file.
            AtomicFileWriter.WriteBytes(Path.Combine(outputFolder!, $"{stem}.pdf"), Pdf.GapReportPdf.Render(report, asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }

        var ok = true;
        foreach (var (format, extension) in new[] { ("html", "html"), ("md", "md"), ("text", "txt") }.Where(f => formats.Contains(f.Item1)))
        {
            var (text, errors) = reports.Render(format, report, cli.WorkingDirectory);
            DiagnosticPrinter.Print(errors, error);
            if (text is null)
            {
                ok = false;
                continue;
            }

            AtomicFileWriter.WriteText(Path.Combine(outputFolder!, $"{stem}.{extension}"), text);
        }

        return ok;
    }

    /// <summary>A name for a submission's outputs: the file's name, or its folder's when the file is the usual attestation.yaml.</summary>
    private static string OutputStem(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return name == "attestation" ? Path.GetFileName(Path.GetDirectoryName(file))! : name;
    }

    private void WritePortfolio(List<PortfolioEntryJson> entries)
    {
        var ids = chosen.Count > 0 ? chosen.Select(b => b.Baseline.Id).ToList() : entries.SelectMany(e => e.Verdicts?.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        var table = new TextTable(["SUBMISSION", "VENDOR", .. ids.Select(i => i.ToUpperInvariant())]);
        foreach (var e in entries)
        {
            table.Add([e.File, e.Vendor ?? "-", .. ids.Select(i => e.Error ?? (e.Verdicts?.GetValueOrDefault(i) is { } v ? $"{v} {AssessmentText.Percent(e.Scores![i])}" : "-"))]);
        }

        cli.Out.WriteLine("Portfolio:");
        table.WriteTo(cli.Out);
        if (outputFolder is not null)
        {
            AtomicFileWriter.WriteText(Path.Combine(outputFolder, "portfolio.json"),
                ApplicationJson.Serialize(new PortfolioJson(AssessmentJson.CurrentSchemaVersion, AssessmentMapper.Date(asOf), entries)));
        }
    }
}
