using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Registry;

/// <summary>
/// The audit log's hash chain: each entry hashes its own fields with the hash of the one before, so an entry changed,
/// removed or inserted after the fact breaks every hash from there on, and the head (the last sequence and hash,
/// kept apart) shows a tail cut off.
/// </summary>
public static class AuditChain
{
    /// <summary>The hash before the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hash(long sequence, AuditEvent e, string previousHash)
    {
        // Length-prefixed fields: no choice of field contents can make two different entries hash alike.
        var text = new StringBuilder();
        foreach (var field in new[] { sequence.ToString(CultureInfo.InvariantCulture), Timestamps.Format(e.At), e.Actor, e.Action, e.Subject, e.Detail, previousHash })
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Reads a store's whole audit log and its head and checks them: the entries read, and every break found.</summary>
    public static async Task<(long Entries, List<Diagnostic> Problems)> Check(IRegistryStore store, string shown, CancellationToken cancel)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in store.AuditLog(cancel))
        {
            entries.Add(entry);
        }

        return (entries.Count, Verify(entries, await store.AuditHead(cancel), shown));
    }

    /// <summary>Checks entries read in sequence order against each other and against the head; every break is reported.</summary>
    public static List<Diagnostic> Verify(IEnumerable<AuditEntry> entries, (long Sequence, string Hash)? head, string shown)
    {
        var problems = new List<Diagnostic>();
        var where = SourceLocation.WholeFile(shown);
        var (expectedSequence, previous) = (1L, Genesis);
        foreach (var entry in entries)
        {
            if (entry.Sequence != expectedSequence)
            {
                problems.Add(Diagnostic.Create(DiagnosticCodes.AuditRowMissing, where, entry.Sequence > expectedSequence
                    ? $"audit entries {expectedSequence} to {entry.Sequence - 1} are missing: they were deleted"
                    : $"audit entry {entry.Sequence} is out of order"));
            }

            if (entry.PreviousHash != previous)
            {
                problems.Add(Diagnostic.Create(DiagnosticCodes.AuditRowMissing, where, $"audit entry {entry.Sequence} does not follow the entry before it: an entry before it was removed, replaced or inserted"));
            }

            var hash = Hash(entry.Sequence, entry.Event, entry.PreviousHash);
            if (hash != entry.Hash)
            {
                problems.Add(Diagnostic.Create(DiagnosticCodes.AuditRowAltered, where, entry.Sequence, entry.Hash));
            }

            (expectedSequence, previous) = (entry.Sequence + 1, entry.Hash);
        }

        var last = (Sequence: expectedSequence - 1, Hash: previous);
        if (head is { } h && (h.Sequence != last.Sequence || h.Hash != last.Hash))
        {
            problems.Add(Diagnostic.Create(DiagnosticCodes.AuditRowMissing, where,
                $"the log ends at entry {last.Sequence}, but its head records entry {h.Sequence}: entries at its end were removed or the head was changed"));
        }

        return problems;
    }
}
