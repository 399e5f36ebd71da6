namespace ProcurementBaseline.Application.Drafts;

/// <summary>
/// A vendor's attestation in progress for one procurement: the form as typed, moved on by each save. <paramref name="Revision"/>
/// guards against two saves at once overwriting each other (optimistic concurrency).
/// </summary>
public sealed record Draft(string Id, string ProcurementId, string VendorId, string CreatedBy, DateTimeOffset Created, DateTimeOffset Updated, int Revision, DraftContent Content);

/// <summary>An evidence file uploaded to a draft, with the sha256 computed as it arrived; the content only when asked for.</summary>
public sealed record DraftFile(string DraftId, string Path, string Sha256, long Size, DateTimeOffset Created, byte[]? Content = null);
