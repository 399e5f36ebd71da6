using System.Collections.Immutable;
using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Registry;

/// <summary>
/// Procurements, the submissions vendors make to them, and reviewers' decisions. Vendors see every procurement (they
/// are published requirements) but only their own submissions; reviewers see only their agency's procurements. A
/// record the caller may not see is reported as not found, so ids cannot be probed.
/// </summary>
public sealed class RegistrySubmissions(IRegistryStore store, RegistryAccounts accounts, Assessor assessor, ReportTemplateSet templates, TimeProvider time, RegistryOptions options) : IDisposable
{
    public const string BundleFile = "bundle.zip";
    public const string AssessmentFile = "assessment.json";

    private readonly RegistryIds _ids = new(time);

    // Assessing is CPU work: more at once than there are cores only makes each wait longer, and work that blocks
    // thread-pool threads starves the server. Requests queue here, without holding a thread, first come first served.
    private readonly SemaphoreSlim _assessing = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<Outcome<Procurement>> CreateProcurement(Caller caller, string title, IReadOnlyList<string> baselines, DateOnly closes, CancellationToken cancel)
    {
        if (!caller.Can(TokenScopes.Admin) || caller.Role != Role.AgencyAdmin)
        {
            return RegistryProblem.Forbidden("only an agency admin opens a procurement, for its own agency");
        }

        if (RegistryAccounts.CheckName("title", title) is { } problem)
        {
            return problem;
        }

        if (baselines.Count is 0 or > 20)
        {
            return RegistryProblem.Invalid("baselines", "must name 1 to 20 baselines");
        }

        if (baselines.FirstOrDefault(b => assessor.Loaded.Standards.FindBaseline(b) is null) is { } unknown)
        {
            return RegistryProblem.Invalid("baselines", $"names '{Text.VisibleText.Escape(unknown[..Math.Min(unknown.Length, 100)])}', which is not a loaded baseline; loaded: {string.Join(", ", assessor.Loaded.Standards.Baselines.Select(b => b.Baseline.Id))}");
        }

        var now = Timestamps.Truncate(time.GetUtcNow());
        var procurement = new Procurement(_ids.New("prc"), caller.Organisation.Id, title.Trim(), [.. baselines.Distinct(StringComparer.Ordinal)], closes, now);
        await store.Create(procurement, new AuditEvent(now, caller.Account.Name, "procurement.create", procurement.Id, $"{procurement.Title} [{string.Join(",", procurement.Baselines)}] closes {Timestamps.Day(closes)}"), cancel);
        return procurement;
    }

    public async Task<IReadOnlyList<Procurement>> Procurements(Caller caller, CancellationToken cancel) =>
        await store.Procurements(caller.Role is Role.Vendor || caller.IsSiteAdmin ? null : caller.Organisation.Id, cancel);

    public async Task<Outcome<Procurement>> Procurement(Caller caller, string id, CancellationToken cancel) =>
        await store.Procurement(id, cancel) is { } procurement && (caller.Role == Role.Vendor || caller.ReviewsFor(procurement.AgencyId))
            ? procurement
            : RegistryProblem.NotFound("procurement", id);

    /// <summary>
    /// Receives a vendor's bundle for a procurement: read up to the size cap, verified against the vendor's registered
    /// keys (every file as its manifest pins it, a valid signature), its attestation read and checked to be the vendor's,
    /// assessed against the procurement's baselines today, and stored as the vendor's next version with the assessment.
    /// Nothing is stored unless all of that succeeds.
    /// </summary>
    public async Task<Outcome<Submission>> Submit(Caller caller, string procurementId, Stream upload, CancellationToken cancel)
    {
        if (caller.Role != Role.Vendor || !caller.Can(TokenScopes.Submit))
        {
            return RegistryProblem.Forbidden("only a vendor, with a token that may submit, submits bundles");
        }

        if (await store.Procurement(procurementId, cancel) is not { } procurement)
        {
            return RegistryProblem.NotFound("procurement", procurementId);
        }

        var now = Timestamps.Truncate(time.GetUtcNow());
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (procurement.Closes < today)
        {
            return RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.RegistryClosed, procurement.Id, Timestamps.Day(procurement.Closes));
        }

        var read = await BoundedUpload.Read(upload, options.MaxBundleBytes, cancel);
        if (read.Problem is { } tooLarge)
        {
            return tooLarge;
        }

        var bytes = read.Value!;
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (await store.SubmissionByBundle(procurement.Id, sha256, cancel) is { } earlier)
        {
            return Replay(sha256, earlier);
        }

        var assessed = await Assess(procurement, caller.Organisation, bytes, today, cancel);
        if (assessed.Problem is { } problem)
        {
            return problem;
        }

        var assessment = assessed.Value!;
        var json = System.Text.Encoding.UTF8.GetBytes(AssessmentMapper.Serialize(assessment.Json));
        var submission = new Submission(_ids.New("sub"), procurement.Id, caller.Organisation.Id, 0, sha256, bytes.LongLength, caller.Account.Name, now, today,
            assessment.Json.Attestation.Bundle?.Verified ?? false, VerdictWord(assessment.Worst), Summaries(assessment), null, 0);
        var files = new[] { new StoredFile(BundleFile, "application/zip", bytes), new StoredFile(AssessmentFile, "application/json", json) };
        var added = await store.Add(submission, files, new AuditEvent(now, caller.Account.Name, "submission.add", submission.Id, $"{procurement.Id} {caller.Organisation.Id} sha256:{sha256} {submission.Verdict}"), cancel);
        if (added is not null)
        {
            return added;
        }

        // The same bundle arrived twice at once, and the other copy was stored first.
        return Replay(sha256, await store.SubmissionByBundle(procurement.Id, sha256, cancel) ?? submission);
    }

    public async Task<Outcome<Page<Submission>>> Submissions(Caller caller, SubmissionQuery query, CancellationToken cancel)
    {
        var procurement = await Procurement(caller, query.ProcurementId, cancel);
        if (procurement.Problem is { } problem)
        {
            return problem;
        }

        if (query.PageSize is < 1 or > RegistryOptions.MaxPageSize || query.Page < 1)
        {
            return RegistryProblem.Invalid("page", $"pages are numbered from 1 and hold 1 to {RegistryOptions.MaxPageSize} submissions");
        }

        return await store.Submissions(caller.Role == Role.Vendor ? query with { VendorId = caller.Organisation.Id } : query, cancel);
    }

    public async Task<Outcome<Submission>> Submission(Caller caller, string id, CancellationToken cancel)
    {
        if (await store.Submission(id, cancel) is not { } submission)
        {
            return RegistryProblem.NotFound("submission", id);
        }

        var visible = caller.Role == Role.Vendor
            ? submission.VendorId == caller.Organisation.Id
            : await store.Procurement(submission.ProcurementId, cancel) is { } procurement && caller.ReviewsFor(procurement.AgencyId);
        return visible ? submission : RegistryProblem.NotFound("submission", id);
    }

    /// <summary>A stored file of a submission: the bundle or the assessment JSON.</summary>
    public async Task<Outcome<StoredFile>> File(Caller caller, string id, string name, CancellationToken cancel)
    {
        var submission = await Submission(caller, id, cancel);
        if (submission.Problem is { } problem)
        {
            return problem;
        }

        return await store.File(id, name, cancel) is { } file ? file : RegistryProblem.NotFound("file", name);
    }

    /// <summary>
    /// A report of a submission in one format (pdf, html, md, text, oscal, oscal-poam), rendered from the stored bundle at
    /// the date it was assessed, so it says what the stored JSON says, and kept once rendered.
    /// </summary>
    public async Task<Outcome<StoredFile>> Report(Caller caller, string id, string format, CancellationToken cancel)
    {
        var found = await Submission(caller, id, cancel);
        if (found.Problem is { } problem)
        {
            return problem;
        }

        if (ReportFiles.For(format) is not { } report)
        {
            return RegistryProblem.Invalid("format", $"must be one of {string.Join(", ", ReportFiles.Formats)}");
        }

        if (await store.File(id, report.Name, cancel) is { } kept)
        {
            return kept;
        }

        var submission = found.Value!;
        var bundle = await store.File(id, BundleFile, cancel);
        var procurement = await store.Procurement(submission.ProcurementId, cancel);
        var vendor = await store.Organisation(submission.VendorId, cancel);
        var assessed = await Assess(procurement!, vendor!, bundle!.Content, submission.AsOf, cancel);
        if (assessed.Problem is { } changed)
        {
            return changed;
        }

        var sink = new MemoryOutputSink();
        var (_, problems) = AssessmentOutputs.Write(assessed.Value!, new HashSet<string>(StringComparer.Ordinal) { report.OutputFormat }, templates, assessor.Loaded.Standards.Catalogs, sink, "report");
        if (!sink.Files.TryGetValue(report.Name, out var content))
        {
            return new RegistryProblem(ProblemKind.Invalid, DiagnosticCodes.RegistryNotAssessed, "the report could not be rendered", [.. problems]);
        }

        var file = new StoredFile(report.Name, report.MediaType, content);
        await store.Keep(id, file, cancel);
        return file;
    }

    /// <summary>Each vendor's latest submission to a procurement, side by side: the verdict and score per baseline.</summary>
    public async Task<Outcome<IReadOnlyList<Submission>>> Compare(Caller caller, string procurementId, CancellationToken cancel)
    {
        var procurement = await Procurement(caller, procurementId, cancel);
        if (procurement.Problem is { } problem)
        {
            return problem;
        }

        if (!caller.ReviewsFor(procurement.Value!.AgencyId))
        {
            return RegistryProblem.Forbidden("only the agency's reviewers compare its vendors");
        }

        var latest = await store.Submissions(new SubmissionQuery(procurementId, null, null, LatestOnly: true, 1, int.MaxValue), cancel);
        return Outcome(latest.Items);
    }

    public async Task<Outcome<Decision>> Decide(Caller caller, string submissionId, string outcome, string reason, int expectedRevision, CancellationToken cancel)
    {
        var found = await Submission(caller, submissionId, cancel);
        if (found.Problem is { } problem)
        {
            return problem;
        }

        var submission = found.Value!;
        var procurement = await store.Procurement(submission.ProcurementId, cancel);
        if (!caller.ReviewsFor(procurement!.AgencyId) || !caller.Can(TokenScopes.Review))
        {
            return RegistryProblem.Forbidden("only the agency's reviewers, with a token that may review, decide on its submissions");
        }

        if (!DecisionOutcomes.All.Contains(outcome))
        {
            return RegistryProblem.Invalid("outcome", $"must be one of {string.Join(", ", DecisionOutcomes.All)}");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > RegistryOptions.MaxReasonLength)
        {
            return RegistryProblem.Invalid("reason", $"must give the reason, in at most {RegistryOptions.MaxReasonLength:N0} characters");
        }

        var now = Timestamps.Truncate(time.GetUtcNow());
        var decision = new Decision(submission.Id, expectedRevision + 1, outcome, reason, caller.Account.Id, now);
        if (await store.Decide(decision, expectedRevision, new AuditEvent(now, caller.Account.Name, "decision." + outcome, submission.Id, reason), cancel))
        {
            return decision;
        }

        var current = await store.Submission(submission.Id, cancel);
        return RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.RegistryStaleDecision, current?.DecisionRevision ?? 0, expectedRevision);
    }

    public async Task<Outcome<IReadOnlyList<Decision>>> Decisions(Caller caller, string submissionId, CancellationToken cancel)
    {
        var found = await Submission(caller, submissionId, cancel);
        return found.Problem is { } problem ? problem : Outcome(await store.Decisions(submissionId, cancel));
    }

    /// <summary>Verifies a bundle against its vendor's keys and assesses it against the procurement's baselines at a date.</summary>
    private async Task<Outcome<SubmissionAssessment>> Assess(Procurement procurement, Organisation vendor, byte[] bytes, DateOnly asOf, CancellationToken cancel)
    {
        await _assessing.WaitAsync(cancel);
        try
        {
            return await AssessNow(procurement, vendor, bytes, asOf, cancel);
        }
        finally
        {
            _assessing.Release();
        }
    }

    private async Task<Outcome<SubmissionAssessment>> AssessNow(Procurement procurement, Organisation vendor, byte[] bytes, DateOnly asOf, CancellationToken cancel)
    {
        var baselines = procurement.Baselines.Select(b => assessor.Loaded.Standards.FindBaseline(b)).OfType<ResolvedBaseline>().ToList();
        var keys = await accounts.TrustedKeys(vendor.Id, cancel);
        try
        {
            using var bundle = BundleSubmission.Open(new MemoryStream(bytes, writable: false), BundleFile, "upload", BundleTrust.Keys(keys),
                assessor.Loaded.Standards, baselines, new LoadedAttestation.Options(asOf, options.Limits, cancel), options.MaxBundleBytes * 4);
            if (bundle.Submission is null)
            {
                return RegistryProblem.Because(ProblemKind.Invalid, DiagnosticCodes.RegistryBundleRejected, bundle.Problems, "it does not verify");
            }

            if (!bundle.Verification.Verified)
            {
                return RegistryProblem.Because(ProblemKind.Invalid, DiagnosticCodes.RegistryBundleRejected, bundle.Verification.Diagnostics,
                    $"no valid signature by a key registered for {vendor.Name} ({keys.Count} registered)");
            }

            var submission = bundle.Submission;
            if (submission.HasErrors || submission.Attestation is null)
            {
                return RegistryProblem.Because(ProblemKind.Invalid, DiagnosticCodes.RegistryNotAssessed, submission.Diagnostics.Where(d => d.IsError), "the attestation has errors");
            }

            var party = submission.Attestation.Vendor;
            var same = string.Equals(party.Name.Trim(), vendor.Name, StringComparison.OrdinalIgnoreCase) || (vendor.VendorId is not null && party.Id == vendor.VendorId);
            if (!same)
            {
                return RegistryProblem.Of(ProblemKind.Forbidden, DiagnosticCodes.RegistryOtherVendor, Text.VisibleText.Escape(party.Name), vendor.Name);
            }

            return assessor.Assess(submission, baselines, asOf, bundle.Record);
        }
        finally
        {
            foreach (var key in keys)
            {
                key.Dispose();
            }
        }
    }

    public void Dispose() => _assessing.Dispose();

    private static RegistryProblem Replay(string sha256, Submission earlier) =>
        RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.RegistryReplay, sha256, earlier.Version);

    private static string VerdictWord(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private static ImmutableArray<BaselineSummary> Summaries(SubmissionAssessment assessment) =>
        [.. assessment.Json.Baselines.Select(b => new BaselineSummary(b.Id, b.Verdict, b.Scores.Overall.Met, b.Scores.Overall.Required))];

    private static Outcome<T> Outcome<T>(T value) => value;
}
