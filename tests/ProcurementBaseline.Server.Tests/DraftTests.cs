using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ProcurementBaseline.Application.Drafts;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Tests.Server;

/// <summary>Attestations filled in through the portal: checked as attest validate checks a file, evidence hashed on upload, submitted as a bundle the vendor signs.</summary>
[TestClass]
public sealed class DraftTests
{
    [TestMethod]
    [DataRow(TestDatabases.Sqlite)]
    [DataRow(TestDatabases.Postgres)]
    public async Task ADraft_IsCheckedFieldByField_SavedWithEvidence_AndSubmittedSignedByTheVendor(string database)
    {
        await using var registry = await TestRegistry.Start(database);
        var agency = await registry.Agency("Digital Transformation Agency");
        var acme = await registry.Vendor("Acme Software Pty Ltd");
        var procurement = await registry.Procurement(agency, "au-software-supplier");
        var drafts = registry.Services.GetRequiredService<AttestationDrafts>();
        var vendor = (await registry.Services.GetRequiredService<RegistryAccounts>().Authenticate(acme.Token, CancellationToken.None))!;

        var started = await drafts.Start(vendor, procurement, attestOnce: false, CancellationToken.None);
        Assert.IsNull(started.Problem);
        var view = (await drafts.Open(vendor, started.Value!.Id, CancellationToken.None)).Value!;
        Assert.IsGreaterThan(10, view.Draft.Content.Claims.Length, "every control the baseline requires is there to answer");
        Assert.AreEqual("2026-11-26", view.Draft.Content.Date);

        // Nothing typed yet: the empty product name is reported at its field, the unanswered draft as a whole.
        var first = await drafts.Check(view, view.Draft.Content, new DateOnly(2026, 11, 26), CancellationToken.None);
        Assert.IsTrue(first.HasErrors);
        Assert.IsTrue(first.For("product").Any(), string.Join("\n", first.Problems));
        Assert.AreEqual(0, first.Answered);

        // Hostile file names stay inside evidence/; the sha256 is the bytes'.
        var bytes = Encoding.UTF8.GetBytes("# Threat model\n");
        var uploaded = (await drafts.Upload(view, "../../etc/Threat model <x>.md", new MemoryStream(bytes), CancellationToken.None)).Value!;
        Assert.AreEqual("evidence/Threat-model--x-.md", uploaded.Path);
        Assert.AreEqual(Convert.ToHexStringLower(SHA256.HashData(bytes)), uploaded.Sha256);

        var claims = view.Draft.Content.Claims.Select((c, i) => c with
        {
            Status = "implemented",
            Statement = "<script>alert(1)</script> done",
            Evidence = i == 0 ? [new DraftEvidence { Title = "Threat model", Path = uploaded.Path, Sha256 = uploaded.Sha256, Issued = "2026-01-01", Expires = "2026-13-01" }] : [],
        });
        var typed = view.Draft.Content with { Product = "Acme Build", ProductVersion = "4.2", Signatory = "A. Vendor", Claims = [.. claims] };
        view = (await drafts.Open(vendor, view.Draft.Id, CancellationToken.None)).Value!;
        var check = await drafts.Check(view, typed, new DateOnly(2026, 11, 26), CancellationToken.None);
        Assert.IsTrue(check.For("claims.0.evidence.0.expires").Any(d => d.IsError), "the impossible date is shown at its field: " + string.Join("\n", check.Problems));
        Assert.AreEqual(view.Draft.Content.Claims.Length, check.Answered);

        var saved = await drafts.Save(view, typed, view.Draft.Revision, CancellationToken.None);
        Assert.IsNull(saved.Problem);
        var stale = await drafts.Save(view, typed, view.Draft.Revision, CancellationToken.None);
        Assert.AreEqual("PB2017", stale.Problem?.Code.Code, "a save from a page opened before the last save is refused, not merged");

        view = (await drafts.Open(vendor, view.Draft.Id, CancellationToken.None)).Value!;
        Assert.AreEqual("PB2013", (await drafts.Bundle(view, CancellationToken.None)).Problem?.Code.Code, "a draft with errors is not made into a bundle");

        var fixedClaims = typed.Claims.SetItem(0, typed.Claims[0] with { Evidence = [typed.Claims[0].Evidence[0] with { Expires = "2027-12-31" }] });
        Assert.IsNull((await drafts.Save(view, typed with { Claims = fixedClaims }, view.Draft.Revision, CancellationToken.None)).Problem);
        view = (await drafts.Open(vendor, view.Draft.Id, CancellationToken.None)).Value!;
        var (preview, _) = await drafts.Preview(view, CancellationToken.None);
        Assert.IsNotNull(preview, "a draft without errors is assessed before it is submitted");

        var bundle = (await drafts.Bundle(view, CancellationToken.None)).Value!;
        CollectionAssert.AreEqual(bundle.Archive, (await drafts.Bundle(view, CancellationToken.None)).Value!.Archive, "the same draft gives the same bundle bytes");
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = await drafts.Submit(vendor, view, view.Draft.Revision, stranger.SignData(bundle.SignedBytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation), CancellationToken.None);
        Assert.AreEqual("PB2018", forged.Problem?.Code.Code);

        // As WebCrypto signs: raw r||s over the DSSE encoding of the statement.
        var signature = acme.Key.SignData(bundle.SignedBytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var submitted = await drafts.Submit(vendor, view, view.Draft.Revision, signature, CancellationToken.None);
        Assert.IsNull(submitted.Problem, submitted.Problem?.Detail + string.Join("\n", submitted.Problem?.Diagnostics ?? []));
        Assert.IsTrue(submitted.Value!.Verified);
        Assert.AreEqual(1, submitted.Value.Version);
    }

    [TestMethod]
    public async Task ADraft_IsTheVendorsOwn()
    {
        await using var registry = await TestRegistry.Start(TestDatabases.Sqlite);
        var agency = await registry.Agency("Agency");
        var acme = await registry.Vendor("Acme");
        var bravo = await registry.Vendor("Bravo");
        var procurement = await registry.Procurement(agency, "au-software-supplier");
        var drafts = registry.Services.GetRequiredService<AttestationDrafts>();
        var accounts = registry.Services.GetRequiredService<RegistryAccounts>();
        var draft = (await drafts.Start((await accounts.Authenticate(acme.Token, CancellationToken.None))!, procurement, attestOnce: true, CancellationToken.None)).Value!;

        Assert.AreEqual("PB2001", (await drafts.Open((await accounts.Authenticate(bravo.Token, CancellationToken.None))!, draft.Id, CancellationToken.None)).Problem?.Code.Code);
        Assert.AreEqual("PB2008", (await drafts.Open((await accounts.Authenticate(agency.ReviewerToken, CancellationToken.None))!, draft.Id, CancellationToken.None)).Problem?.Code.Code);
    }
}
