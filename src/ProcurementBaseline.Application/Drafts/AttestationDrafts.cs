using ProcurementBaseline.Application.Assessment;
using ProcurementBaseline.Application.Bundles;
using ProcurementBaseline.Application.Registry;
using ProcurementBaseline.Application.Signing;
using ProcurementBaseline.Application.Submissions;
using ProcurementBaseline.Baselines;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Drafts;

/// <summary>
/// Attestations filled in through the portal. A vendor starts a draft for a procurement (every control its baselines
/// require, or the attest-once plan's claims), saves it as often as it likes, uploads evidence (hashed as it arrives),
/// sees it checked exactly as <c>attest validate</c> checks a file and assessed as the registry would assess it, and
/// submits it as a bundle signed with a key its organisation registered. The signature is made where the key is, in
/// the vendor's browser or with <c>procbase attest sign</c>: the registry never holds a vendor's private key.
/// </summary>
public sealed class AttestationDrafts(IRegistryStore store, RegistrySubmissions submissions, RegistryAccounts accounts, Assessor assessor, TimeProvider time, RegistryOptions options)
{
    public const int MaxFieldLength = 20_000;
    public const int MaxItems = 20;
    public const int MaxFiles = 200;

    private readonly RegistryIds _ids = new(time);

    /// <summary>The day drafts are checked and previewed at.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<Outcome<Draft>> Start(Caller caller, string procurementId, bool attestOnce, CancellationToken cancel)
    {
        if (Refused(caller) is { } refused)
        {
            return refused;
        }

        var found = await submissions.Procurement(caller, procurementId, cancel);
        if (found.Problem is { } problem)
        {
            return problem;
        }

        var procurement = found.Value!;
        var baselines = Baselines(procurement);
        var now = Timestamps.Truncate(time.GetUtcNow());
        var controls = attestOnce
            ? Planning.PlanReport.Build(baselines, assessor.Loaded.Graph, DateOnly.FromDateTime(now.UtcDateTime), null).Claims.Select(c => c.Control)
            : baselines.SelectMany(b => b.Controls).Select(r => r.Key).Distinct();
        var content = new DraftContent
        {
            Date = Timestamps.Day(DateOnly.FromDateTime(now.UtcDateTime)),
            Against = [.. procurement.Baselines],
            Claims = [.. controls.Select(c => new DraftClaim { Control = c.ToString() })],
        };
        var draft = new Draft(_ids.New("drf"), procurement.Id, caller.Organisation.Id, caller.Account.Name, now, now, 0, content);
        await store.Create(draft, new AuditEvent(now, caller.Account.Name, "draft.create", draft.Id, $"{procurement.Id} {content.Claims.Length} claims{(attestOnce ? " (attest-once plan)" : "")}"), cancel);
        return draft;
    }

    public async Task<IReadOnlyList<Draft>> Drafts(Caller caller, string procurementId, CancellationToken cancel) =>
        Refused(caller) is null ? await store.Drafts(caller.Organisation.Id, procurementId, cancel) : [];

    public async Task<Outcome<DraftView>> Open(Caller caller, string id, CancellationToken cancel)
    {
        if (Refused(caller) is { } refused)
        {
            return refused;
        }

        if (await store.Draft(id, cancel) is not { } draft || draft.VendorId != caller.Organisation.Id
            || await store.Procurement(draft.ProcurementId, cancel) is not { } procurement)
        {
            return RegistryProblem.NotFound("draft", id);
        }

        return new DraftView(draft, procurement, caller.Organisation, Baselines(procurement), await store.DraftFiles(id, cancel));
    }

    /// <summary>Checks the draft as typed (saved or not) at a date, as <c>attest validate --as-of</c> would check its YAML.</summary>
    public async Task<DraftCheck> Check(DraftView view, DraftContent content, DateOnly asOf, CancellationToken cancel) =>
        (await Checked(view, content, asOf, cancel)).Check;

    public async Task<Outcome<Draft>> Save(DraftView view, DraftContent content, int expectedRevision, CancellationToken cancel)
    {
        if (Oversized(view.Draft.Content, content) is { } problem)
        {
            return problem;
        }

        var saved = view.Draft with { Content = content, Updated = Timestamps.Truncate(time.GetUtcNow()), Revision = expectedRevision + 1 };
        return await store.Save(saved, expectedRevision, cancel)
            ? saved
            : RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.DraftStale, (await store.Draft(view.Draft.Id, cancel))?.Revision ?? 0, expectedRevision);
    }

    /// <summary>Stores an uploaded evidence file under evidence/ with a safe, unused name; its sha256 is computed as it is read.</summary>
    public async Task<Outcome<DraftFile>> Upload(DraftView view, string fileName, Stream content, CancellationToken cancel)
    {
        var used = view.Files.Sum(f => f.Size);
        if (view.Files.Count >= MaxFiles)
        {
            return RegistryProblem.Invalid("file", $"cannot be added: a draft holds at most {MaxFiles} files");
        }

        var read = await BoundedUpload.Read(content, options.MaxBundleBytes - used, cancel);
        if (read.Problem is { } tooLarge)
        {
            return tooLarge;
        }

        var bytes = read.Value!;
        var path = DraftPaths.Unused(DraftPaths.ForUpload(fileName), view.Files.Select(f => f.Path));
        var file = new DraftFile(view.Draft.Id, path, BundleBuilder.Sha256(bytes), bytes.LongLength, Timestamps.Truncate(time.GetUtcNow()), bytes);
        return await store.Add(file, cancel) ? file : RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.RegistryNameTaken, "file", path);
    }

    public async Task<Outcome<DraftFile>> File(DraftView view, string path, CancellationToken cancel) =>
        await store.DraftFile(view.Draft.Id, path, cancel) is { } file ? file : RegistryProblem.NotFound("file", path);

    /// <summary>
    /// The saved draft checked today and, unless it has errors, assessed as the registry would assess it if it were
    /// submitted today: one read of the draft for both.
    /// </summary>
    public async Task<(SubmissionAssessment? Assessment, DraftCheck Check)> Preview(DraftView view, CancellationToken cancel)
    {
        var today = Today;
        var (loaded, check) = await Checked(view, view.Draft.Content, today, cancel);
        return (loaded.HasErrors ? null : assessor.Assess(loaded, view.Baselines, today), check);
    }

    /// <summary>The draft as a bundle without a signature, and the bytes a signature must cover; a problem while it has errors.</summary>
    public async Task<Outcome<UnsignedBundle>> Bundle(DraftView view, CancellationToken cancel)
    {
        var files = await Files(view, view.Draft.Content, all: true, cancel);
        var yaml = view.Yaml().Bytes;
        var loaded = Load(view, yaml, null, files, cancel);
        if (loaded.HasErrors)
        {
            return RegistryProblem.Because(ProblemKind.Invalid, DiagnosticCodes.RegistryNotAssessed, loaded.Diagnostics.Where(d => d.IsError), "the attestation has errors; fix those shown on its pages first");
        }

        var attestation = loaded.Attestation!;
        var paths = attestation.Claims.SelectMany(c => c.Evidence).Where(e => e.Path is not null).Select(e => BundleArchive.Normalise(e.Path!)).Distinct(StringComparer.Ordinal);
        var evidence = new List<BundleFile>();
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [DraftYaml.FileName] = yaml };
        foreach (var path in paths)
        {
            if (files.FirstOrDefault(f => f.Path == path) is not { Content: { } bytes } file)
            {
                return RegistryProblem.Invalid("evidence", $"names '{Text.VisibleText.Escape(path)}', which is not a file uploaded to this draft");
            }

            evidence.Add(new BundleFile(path, BundleFile.EvidenceRole, bytes.LongLength, file.Sha256));
            contents[path] = bytes;
        }

        var manifest = BundleBuilder.Manifest(attestation, new BundleFile(DraftYaml.FileName, BundleFile.AttestationRole, yaml.LongLength, BundleBuilder.Sha256(yaml)), evidence, view.Baselines, assessor.Loaded.Standards);
        var statement = SubmissionStatement.For(manifest, BundleBuilder.Sha256(manifest.ToBytes()));
        return new UnsignedBundle(manifest, statement, DsseEnvelope.Pae(DsseEnvelope.InTotoPayloadType, statement), Archive(manifest, contents, null), contents);
    }

    /// <summary>
    /// Submits the draft as a bundle carrying <paramref name="signature"/> (ECDSA P-256 over the statement's DSSE
    /// encoding, DER or the raw r‖s WebCrypto gives), which must verify with one of the vendor's registered keys. The
    /// signer saw the draft at <paramref name="expectedRevision"/>; a draft saved since is refused as stale.
    /// </summary>
    public async Task<Outcome<Submission>> Submit(Caller caller, DraftView view, int expectedRevision, byte[] signature, CancellationToken cancel)
    {
        if (expectedRevision != view.Draft.Revision)
        {
            return RegistryProblem.Of(ProblemKind.Conflict, DiagnosticCodes.DraftStale, view.Draft.Revision, expectedRevision);
        }

        var built = await Bundle(view, cancel);
        if (built.Problem is { } problem)
        {
            return problem;
        }

        var bundle = built.Value!;
        var keys = await accounts.TrustedKeys(view.Vendor.Id, cancel);
        try
        {
            var envelope = new DsseEnvelope(DsseEnvelope.InTotoPayloadType, bundle.Statement, []);
            if (DsseSignatures.Verified(keys, bundle.SignedBytes, signature) is not { } signed)
            {
                return RegistryProblem.Of(ProblemKind.Invalid, DiagnosticCodes.DraftSignatureInvalid, view.Vendor.Name, keys.Count);
            }

            var archive = Archive(bundle.Manifest, bundle.Contents, envelope with { Signatures = [new DsseSignature(SigningKeys.KeyId(signed.Key), signed.Der, "vendor")] });
            return await submissions.Submit(caller, view.Procurement.Id, new MemoryStream(archive, writable: false), cancel);
        }
        finally
        {
            keys.ForEach(k => k.Dispose());
        }
    }

    private static byte[] Archive(BundleManifest manifest, IReadOnlyDictionary<string, byte[]> contents, DsseEnvelope? envelope)
    {
        var archive = new MemoryStream();
        BundleBuilder.WriteArchive(archive, manifest, (f, entry) => entry.Write(contents[f.Path]), envelope);
        return archive.ToArray();
    }

    /// <summary>The draft as typed, read and checked once: the attestation, and each diagnostic at the field its line came from.</summary>
    private async Task<(LoadedAttestation Loaded, DraftCheck Check)> Checked(DraftView view, DraftContent content, DateOnly asOf, CancellationToken cancel)
    {
        var written = view.Yaml(content);
        var loaded = Load(view, written.Bytes, asOf, await Files(view, content, all: false, cancel), cancel);
        var problems = loaded.Diagnostics.Select(d => (written.FieldAt(d.Location.Line), d));
        return (loaded, new DraftCheck([.. problems], content.Claims.Count(c => c.IsAnswered), content.Claims.Length));
    }

    private LoadedAttestation Load(DraftView view, byte[] yaml, DateOnly? asOf, IReadOnlyList<DraftFile> files, CancellationToken cancel) =>
        LoadedAttestation.Load(yaml, DraftYaml.FileName,
            new EvidenceVerifier(new DraftEvidenceFiles(files), cancel) { Profiles = assessor.Loaded.Standards.SbomProfiles },
            assessor.Loaded.Standards, view.Baselines, new LoadedAttestation.Options(asOf, options.Limits, cancel));

    /// <summary>The draft's files, with the content of those that are read (SBOMs and VEX), or of every one the draft names when asked.</summary>
    private async Task<List<DraftFile>> Files(DraftView view, DraftContent content, bool all, CancellationToken cancel)
    {
        var read = content.Claims.SelectMany(c => c.Evidence).Where(e => all || e.Kind is "sbom" or "vex").Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var files = new List<DraftFile>();
        foreach (var file in view.Files)
        {
            files.Add(read.Contains(file.Path) ? await store.DraftFile(view.Draft.Id, file.Path, cancel) ?? file : file);
        }

        return files;
    }

    private List<ResolvedBaseline> Baselines(Procurement procurement) =>
        [.. procurement.Baselines.Select(b => assessor.Loaded.Standards.FindBaseline(b)).OfType<ResolvedBaseline>()];

    private static RegistryProblem? Refused(Caller caller) =>
        caller.Role == Role.Vendor && caller.Can(TokenScopes.Submit) ? null : RegistryProblem.Forbidden("only a vendor, signed in with the right to submit, fills in attestations");

    /// <summary>A save may change what was typed, never which controls the draft claims, and every value has a bound.</summary>
    private static RegistryProblem? Oversized(DraftContent before, DraftContent after)
    {
        if (after.Claims.Length != before.Claims.Length || after.Claims.Where((c, i) => c.Control != before.Claims[i].Control).Any())
        {
            return RegistryProblem.Invalid("claims", "must be the draft's own controls, in its order");
        }

        string[] header = [after.Product, after.ProductVersion, after.Signatory, after.Role, after.Date];
        var values = header.Concat(after.Claims.SelectMany(c => new[] { c.Status, c.Statement, c.Justification }
            .Concat(c.Evidence.SelectMany(e => new[] { e.Title, e.Path, e.Sha256, e.Uri, e.Kind, e.Issued, e.Expires }))
            .Concat(c.Poam.SelectMany(m => new[] { m.Description, m.Due }))));
        if (values.Any(v => v.Length > MaxFieldLength))
        {
            return RegistryProblem.Invalid("field", $"holds more than {MaxFieldLength:N0} characters");
        }

        return after.Claims.Any(c => c.Evidence.Length > MaxItems || c.Poam.Length > MaxItems)
            ? RegistryProblem.Invalid("claim", $"has more than {MaxItems} evidence items or milestones")
            : null;
    }
}
