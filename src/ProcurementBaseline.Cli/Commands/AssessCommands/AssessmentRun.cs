using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Assessment.Ci;
using ProcurementBaseline.Application.Portfolio;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Cli.CommandLine;
using ProcurementBaseline.Cli.Output;
using ProcurementBaseline.Cli.Output.Assessment;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Cli.Commands.AssessCommands;

/// <summary>
/// One assess run over one or more submissions, streamed: each is read, evaluated, written and dropped. Up to
/// <c>jobs</c> submissions are assessed at once; what each prints is held until its turn, so the console shows the
/// submissions in input order, exactly as a run on one thread would. The work itself is the application layer's.
/// </summary>
internal sealed class AssessmentRun(CliContext cli, Assessor assessor, AssessmentRun.Settings settings)
{
    /// <summary>What the command line asked for.</summary>
    public sealed record Settings(
        List<ResolvedBaseline> Baselines,
        DateOnly AsOf,
        string? OutputFolder,
        HashSet<string> Formats,
        ReportTemplateSet Templates,
        InputLimits Limits,
        int Jobs)
    {
        /// <summary>Print nothing but errors; the exit code says the rest.</summary>
        public bool Quiet { get; init; }

        /// <summary>With no --out and --format json: the JSON contract goes to standard output, and nothing else does.</summary>
        public bool JsonToStdout { get; init; }

        /// <summary>Whether a conditional verdict fails the run (exit 3) or passes it (exit 0).</summary>
        public bool ConditionalFails { get; init; } = true;

        /// <summary>Also one PDF per baseline, for readers who care about one of them.</summary>
        public bool PdfPerBaseline { get; init; }

        public string? JUnitFile { get; init; }

        public string? SarifFile { get; init; }

        /// <summary>The keys and roots whose signatures on a bundle count (assess --key, --trust).</summary>
        public Application.Signing.BundleTrust Trust { get; init; } = Application.Signing.BundleTrust.Keys([]);

        public long MaxBundleBytes { get; init; } = AttestCommands.AttestBundleCommands.DefaultMaxBundleBytes;

        /// <summary>Gaps listed per baseline on the console; the rest are counted.</summary>
        public int GapsShown { get; init; } = 10;

        public bool KeepsAssessments => JsonToStdout || JUnitFile is not null || SarifFile is not null;
    }

    public int Execute(List<SubmissionInput> inputs, IReadOnlyList<Diagnostic> discoveryProblems)
    {
        DiagnosticPrinter.PrintSummarised(discoveryProblems, cli.Error, quiet: settings.Quiet);
        var invalid = discoveryProblems.Any(d => d.IsError);
        var stems = Stems(inputs);
        var many = inputs.Count > 1 || invalid;
        var results = inputs.Select((input, i) => (Input: input, Stem: stems[i])).AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Min(settings.Jobs, 512))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item =>
            {
                var (output, error) = (new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" });
                var (entry, code, assessment) = AssessOne(item.Input, item.Stem, many, output, error);
                return (Entry: entry, Code: code, Output: output.ToString(), Error: error.ToString(), Assessment: assessment);
            });
        var portfolio = new List<PortfolioEntryJson>();
        var kept = new List<SubmissionAssessment>();
        var worst = ExitCodes.Success;
        var done = 0;
        foreach (var (entry, code, output, error, assessment) in results)
        {
            if (cli.ErrorIsTerminal && inputs.Count > 1 && !settings.Quiet)
            {
                cli.Progress.Write($"\r[{++done}/{inputs.Count}] {Text.VisibleText.Escape(entry.File)}\u001b[K");
                if (error.Length > 0)
                {
                    cli.Progress.WriteLine(); // the submission's messages start below its progress line
                }
            }

            cli.Error.Write(error);
            cli.Out.Write(output);
            portfolio.Add(entry);
            if (assessment is not null && settings.KeepsAssessments)
            {
                kept.Add(assessment);
            }

            invalid |= code == ExitCodes.InputErrors;
            worst = Math.Max(worst, code == ExitCodes.InputErrors ? ExitCodes.Success : code);
        }

        if (cli.ErrorIsTerminal && inputs.Count > 1 && !settings.Quiet)
        {
            cli.Progress.WriteLine();
        }

        if (many && !WritePortfolio(portfolio, discoveryProblems))
        {
            invalid = true;
        }

        invalid |= !WriteCiReports(kept, portfolio);
        if (worst == ExitCodes.Conditional && !settings.ConditionalFails)
        {
            worst = ExitCodes.Success;
        }

        return invalid ? ExitCodes.InputErrors : worst;
    }

    /// <summary>Each submission's output name, in input order; a name already taken gets the next free ~2, ~3, with a warning.</summary>
    private List<string> Stems(List<SubmissionInput> inputs)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "portfolio" };
        var firstUser = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var stems = new List<string>(inputs.Count);
        foreach (var input in inputs)
        {
            var stem = OutputNames.Claim(input.OutputStem, taken);
            var shown = Application.IO.DisplayPaths.For(input.Path, cli.WorkingDirectory);
            if (stem != input.OutputStem && settings.OutputFolder is not null)
            {
                DiagnosticPrinter.Print([Diagnostic.Create(DiagnosticCodes.OutputNameClash, SourceLocation.WholeFile(shown), shown, input.OutputStem, firstUser.GetValueOrDefault(input.OutputStem, "another output"), stem)], cli.Error);
            }

            firstUser.TryAdd(input.OutputStem, shown);
            stems.Add(stem);
        }

        return stems;
    }

    private (PortfolioEntryJson Entry, int Code, SubmissionAssessment? Assessment) AssessOne(SubmissionInput input, string stem, bool many, TextWriter output, TextWriter error)
    {
        var loaded = assessor.Loaded;
        var options = new LoadedAttestation.Options(settings.AsOf, settings.Limits);
        using var bundle = BundleSubmission.IsBundle(input.Path)
            ? BundleSubmission.Open(input.Path, Application.IO.DisplayPaths.For(input.Path, cli.WorkingDirectory), settings.Trust, loaded.Standards, settings.Baselines, options, settings.MaxBundleBytes)
            : null;
        if (bundle is { Submission: null })
        {
            DiagnosticPrinter.Print(bundle.Problems, error);
            error.WriteLine($"{Text.VisibleText.Escape(Application.IO.DisplayPaths.For(input.Path, cli.WorkingDirectory))}: not assessed: the bundle does not verify.");
            return (PortfolioReport.Entry(input.Given, null, null, "bundle does not verify", null), ExitCodes.InputErrors, null);
        }

        var submission = bundle?.Submission ?? LoadedAttestation.Load(input.Path, loaded.Standards, settings.Baselines, cli.WorkingDirectory, options);
        if (bundle is not null)
        {
            DiagnosticPrinter.Print(bundle.Verification.Diagnostics.Where(d => !d.IsError), error);
            if (!bundle.Verification.Verified && !settings.Quiet)
            {
                error.WriteLine($"note: {Text.VisibleText.Escape(submission.Shown)}: assessed, but no signature by a key given with --key was verified; the result records it.");
            }
        }

        DiagnosticPrinter.PrintSummarised(submission.Diagnostics, error, quiet: settings.Quiet);
        if (submission.HasErrors)
        {
            error.WriteLine($"{Text.VisibleText.Escape(submission.Shown)}: not assessed: the attestation has errors.");
            return (Entry(input, submission, null, "invalid attestation", stem, []), ExitCodes.InputErrors, null);
        }

        var attestation = submission.Attestation!;
        var baselines = settings.Baselines.Count > 0 ? settings.Baselines : LoadedAttestation.Named(attestation, loaded.Standards);
        if (baselines.Count == 0)
        {
            error.WriteLine($"{Text.VisibleText.Escape(submission.Shown)}: not assessed: no --baseline given and the attestation names none.");
            return (Entry(input, submission, null, "no baseline", stem, []), ExitCodes.InputErrors, null);
        }

        var assessment = assessor.Assess(submission, baselines, settings.AsOf, bundle?.Record);
        var console = settings.Quiet || settings.JsonToStdout ? TextWriter.Null : output;
        AssessmentText.SummaryTable(console, assessment.Json, submission.Shown);
        AssessmentText.Gaps(console, assessment, settings.GapsShown);
        List<string> written = [];
        if (settings.OutputFolder is not null)
        {
            var (files, problems) = AssessmentOutputs.Write(assessment, settings.Formats, settings.Templates, loaded.Standards.Catalogs, new FolderOutputSink(settings.OutputFolder), stem, settings.PdfPerBaseline);
            written = files;
            DiagnosticPrinter.Print(problems, error);
            AssessmentText.Written(console, written.Select(f => Application.IO.DisplayPaths.For(Path.Combine(settings.OutputFolder, f), cli.WorkingDirectory)));
            if (problems.Any(p => p.IsError))
            {
                return (Entry(input, submission, assessment, "report not written", stem, written), ExitCodes.InputErrors, assessment);
            }
        }

        if (many)
        {
            console.WriteLine();
        }

        var code = assessment.Worst switch
        {
            Verdict.Fail => ExitCodes.Fail,
            Verdict.Conditional => ExitCodes.Conditional,
            _ => ExitCodes.Success,
        };
        return (Entry(input, submission, assessment, null, stem, written), code, assessment);
    }

    private PortfolioEntryJson Entry(SubmissionInput input, LoadedAttestation submission, SubmissionAssessment? assessment, string? error, string stem, List<string> written) =>
        PortfolioReport.Entry(input.Given, submission.Attestation, assessment, error, settings.OutputFolder is null || assessment is null || written.Count == 0 ? null : stem);

    /// <summary>Prints the portfolio and writes portfolio.json and the portfolio report; false, after reporting, when they cannot be written.</summary>
    private bool WritePortfolio(List<PortfolioEntryJson> entries, IReadOnlyList<Diagnostic> discoveryProblems)
    {
        entries.AddRange(discoveryProblems.Where(d => d.IsError).Select(PortfolioReport.Unreadable));
        var ids = settings.Baselines.Count > 0 ? settings.Baselines.Select(b => b.Baseline.Id).ToList() : entries.SelectMany(e => e.Verdicts?.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!settings.Quiet && !settings.JsonToStdout)
        {
            var table = new TextTable(["SUBMISSION", "VENDOR", .. ids.Select(i => i.ToUpperInvariant())]);
            foreach (var e in entries)
            {
                table.Add([e.File, e.Vendor ?? "-", .. ids.Select(i => e.Error ?? (e.Verdicts?.GetValueOrDefault(i) is { } v ? $"{v} {AssessmentText.Percent(e.Scores![i])}" : "-"))]);
            }

            cli.Out.WriteLine("Portfolio:");
            table.WriteTo(cli.Out);
        }

        if (settings.OutputFolder is not { } folder)
        {
            return true;
        }

        var (written, problems) = PortfolioReport.Write(entries, ids, settings.AsOf, settings.Formats, new FolderOutputSink(folder));
        DiagnosticPrinter.Print(problems, cli.Error);
        if (!settings.Quiet && !settings.JsonToStdout)
        {
            AssessmentText.Written(cli.Out, written.Select(f => Application.IO.DisplayPaths.For(Path.Combine(folder, f), cli.WorkingDirectory)));
        }

        return problems.Count == 0;
    }

    /// <summary>The JSON contract on standard output, and the JUnit and SARIF files CI systems read.</summary>
    private bool WriteCiReports(List<SubmissionAssessment> assessments, List<PortfolioEntryJson> portfolio)
    {
        if (settings.JsonToStdout)
        {
            cli.Out.Write(assessments.Count == 1 && portfolio.Count == 1
                ? AssessmentMapper.Serialize(assessments[0].Json)
                : ApplicationJson.Serialize(new AssessmentRunJson(AssessmentJson.CurrentSchemaVersion, "assessment-run", AssessmentMapper.Date(settings.AsOf), [.. assessments.Select(a => a.Json)], portfolio)));
        }

        var ok = true;
        if (settings.JUnitFile is { } junit)
        {
            ok &= Save(Path.GetFullPath(junit, cli.WorkingDirectory), JUnitReport.Write(assessments));
        }

        if (settings.SarifFile is { } sarif)
        {
            ok &= Save(Path.GetFullPath(sarif, cli.WorkingDirectory), SarifReport.Write(assessments));
        }

        return ok;
    }

    private bool Save(string path, string text)
    {
        try
        {
            Application.IO.AtomicFileWriter.WriteText(path, text);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Print([Diagnostic.Create(DiagnosticCodes.OutputUnwritable, SourceLocation.WholeFile(path), path, ex.Message)], cli.Error);
            return false;
        }
    }
}
