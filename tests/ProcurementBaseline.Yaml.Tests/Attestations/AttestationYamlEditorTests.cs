using System.Text;
using ProcurementBaseline.Yaml.Attestations;

namespace ProcurementBaseline.Tests.Attestations;

/// <summary>Editing an attestation in place keeps everything the edit does not touch (issue 15, item 7).</summary>
[TestClass]
public sealed class AttestationYamlEditorTests
{
    private const string Attestation = """
        # Vendor's own notes, kept.
        kind: attestation
        schema-version: "1"
        vendor: {name: "V"}   # flow style here is fine
        product: {name: P, version: "1"}
        date: "2026-11-02"
        signatory: {name: S}
        claims:
          # the first claim
          - control: 'cat@1#A-1'   # trailing comment
            status: implemented
            evidence:
              - {title: Policy, uri: "https://example.invalid/p"}
          - status: not-implemented
            control: "cat@1#A-2"
            review: an old note
          - control: cat@1#A-3
            status: planned
            poam:
              - milestone: m
                due: "2027-01-01"

        """;

    [TestMethod]
    public void Apply_MovesKeysInTheirOwnQuotingAndKeepsComments()
    {
        var edited = Edit([new ClaimEdit(0, "cat@2#A-1", null, null), new ClaimEdit(1, "cat@2#A-2b", null, null), new ClaimEdit(2, "cat@2#A-3", null, null)]);

        StringAssert.Contains(edited, "  - control: 'cat@2#A-1'   # trailing comment\n");
        StringAssert.Contains(edited, "    control: \"cat@2#A-2b\"\n");
        StringAssert.Contains(edited, "  - control: cat@2#A-3\n");
        StringAssert.StartsWith(edited, "# Vendor's own notes, kept.\n");
        StringAssert.Contains(edited, "  # the first claim\n");
        StringAssert.Contains(edited, "vendor: {name: \"V\"}   # flow style here is fine\n");
    }

    [TestMethod]
    public void Apply_AddsAReviewLineUnderTheKey_OrReplacesTheOldMark()
    {
        var edited = Edit([new ClaimEdit(0, null, "changed: \"x\"", null), new ClaimEdit(1, null, "changed again", null)]);

        StringAssert.Contains(edited, "  - control: 'cat@1#A-1'   # trailing comment\n    review: \"changed: \\\"x\\\"\"\n    status: implemented\n");
        StringAssert.Contains(edited, "    review: \"changed again\"\n");
        Assert.DoesNotContain("an old note", edited);
    }

    [TestMethod]
    public void Apply_CommentsALapsedClaimOutUnderItsNote()
    {
        var edited = Edit([new ClaimEdit(2, null, null, "Lapsed: A-3 is withdrawn.")]);

        StringAssert.Contains(edited, "  # Lapsed: A-3 is withdrawn.\n  # - control: cat@1#A-3\n  #   status: planned\n  #   poam:\n  #     - milestone: m\n  #       due: \"2027-01-01\"\n");
        Assert.AreEqual(2, AttestationYamlReader.Read(Encoding.UTF8.GetBytes(edited), "a.yaml").Value!.Claims.Length);
    }

    [TestMethod]
    public void Apply_AddsNewClaimsAfterTheLast_AtItsIndentation()
    {
        var edited = Edit([], [new AddedClaim("cat@2#B-1", "not-implemented", "New in cat@2.")]);

        StringAssert.Contains(edited, "        due: \"2027-01-01\"\n  - control: cat@2#B-1\n    status: not-implemented\n    review: \"New in cat@2.\"\n");
    }

    [TestMethod]
    [DataRow("claims: [{control: cat@1#A-1, status: implemented}]\n")]
    [DataRow("claims:\n  - {control: cat@1#A-1, status: implemented}\n")]
    [DataRow("claims:\n  - control: |\n      cat@1#A-1\n    status: implemented\n")]
    [DataRow("x: &c cat@1#A-1\nclaims:\n  - control: *c\n    status: implemented\n")]
    [DataRow("claims:\n  - control: [unclosed\n")]
    public void Apply_RefusesWhatItCannotEditInPlace(string claims)
    {
        Assert.IsNull(AttestationYamlEditor.Apply("kind: attestation\n" + claims, [new ClaimEdit(0, "cat@2#A-1", null, null)], []));
    }

    private static string Edit(IReadOnlyList<ClaimEdit> edits, IReadOnlyList<AddedClaim>? additions = null) =>
        AttestationYamlEditor.Apply(Attestation, edits, additions ?? []) ?? throw new AssertFailedException("the editor refused the attestation");
}
