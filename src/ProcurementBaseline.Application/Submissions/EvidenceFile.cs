using ProcurementBaseline.Evaluation;

namespace ProcurementBaseline.Application.Submissions;

/// <summary>What a store found for one evidence path: its state, its sha256 when it was read, and its hard-link count.</summary>
public sealed record EvidenceFile(EvidenceFileState State, string? Sha256 = null, string? Detail = null, long LinkCount = 1);
