namespace ProcurementBaseline.Cli.Output.Json;

public sealed record MapCheckJson(int Crosswalks, int Mappings, int Edges, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics) : CliDocument("map-check")
{
    /// <summary>Per baseline and crosswalk: the baseline's required controls in the crosswalk's target catalog, mapped, no-relationship, and not yet reviewed.</summary>
    public IReadOnlyList<ReviewCoverageJson>? Review { get; init; }
}

/// <summary>One baseline against one crosswalk's target catalog, or (crosswalk absent) against every crosswalk.</summary>
public sealed record ReviewCoverageJson(string? Crosswalk, string Baseline, int Required, int Mapped, int NoRelationship, IReadOnlyList<string> NotReviewed);

public sealed record MatrixJson(IReadOnlyList<string> Catalogs, IReadOnlyList<MatrixRowJson> Rows, IReadOnlyList<GapJson> Gaps) : CliDocument("map-matrix");

public sealed record MatrixRowJson(string Control, string Title, IReadOnlyList<MappingJson> Mappings);

/// <summary>One mapping read from the row's control: <c>converse</c> when the crosswalk states it the other way round.</summary>
public sealed record MappingJson(
    string Target,
    string Relationship,
    int Strength,
    string Provenance,
    string Status,
    bool Converse,
    string Crosswalk,
    string? Remarks,
    string? At);

public sealed record GapJson(string Catalog, int Controls, int Mapped, IReadOnlyList<string> UnmappedInScope, int UnmappedOutOfScope);

public sealed record CatalogDiffJson(string Old, string New, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<ControlChangeJson> Changes) : CliDocument("catalog-diff");

public sealed record ControlChangeJson(
    string Kind,
    string? OldId,
    string? NewId,
    string? Title,
    double? Similarity,
    bool? Explicit,
    IReadOnlyList<string>? Successors,
    IReadOnlyList<FieldChangeJson> Fields);

public sealed record FieldChangeJson(string Field, string? Old, string? New, string? WordDiff);

/// <summary><c>map suggest --format json</c>: how the ranking was made, the ranked candidates (left out when written to a draft crosswalk), the controls skipped, and the measured quality when asked.</summary>
public sealed record SuggestionsJson(
    string Source,
    string Target,
    int Top,
    string Level,
    string? Model,
    string? SemanticOff,
    RankingJson Weights,
    string? Written,
    IReadOnlyList<SuggestionJson>? Suggestions,
    IReadOnlyList<SkippedControlJson> Skipped,
    IReadOnlyList<PairEvaluationJson>? Evaluation) : CliDocument("map-suggestions");

public sealed record RankingJson(double PriorExponent, double ChildWeight, double SemanticWeight, string Fusion, int LearnedFrom);

public sealed record SuggestionJson(
    string Source,
    string? SourceTitle,
    int Rank,
    string Target,
    string? TargetTitle,
    double Score,
    ScorePartsJson Parts,
    string Relationship,
    int Strength,
    string Confidence,
    IReadOnlyList<string> MatchedTerms,
    string? NearestSentence,
    ExistingMappingJson? AlreadyMapped);

public sealed record ScorePartsJson(double Bm25, double? Cosine, double GroupPrior, double SourceContained, double TargetContained);

public sealed record SkippedControlJson(string Control, string Reason);

public sealed record ExistingMappingJson(string Relationship, string Provenance);

/// <summary><c>map suggest --evaluate</c> and <c>map evaluate</c>: one reviewed crosswalk, in sample and out of sample.</summary>
public sealed record PairEvaluationJson(string Pair, string Level, string Weights, PairQualityJson InSample, PairQualityJson OutOfSample, string OutOfSampleWeights);

public sealed record PairQualityJson(int Pairs, int Sources, EstimateJson RecallAt1, EstimateJson RecallAt5, EstimateJson RecallAt10, EstimateJson PrecisionAt1, EstimateJson Mrr);

public sealed record EstimateJson(double Value, double Low, double High);

/// <summary><c>map evaluate --format json</c>: every reviewed crosswalk measured under each way of ranking.</summary>
public sealed record EvaluationsJson(string? Model, string? SemanticOff, IReadOnlyList<RankingEvaluationJson> Rankings) : CliDocument("map-evaluation");

public sealed record RankingEvaluationJson(string Ranking, IReadOnlyList<PairEvaluationJson> Pairs);

/// <summary><c>map explain --format json</c>: what the claimed controls cover, each with its path (one entry, or none, with --target).</summary>
public sealed record ExplanationJson(IReadOnlyList<string> Claimed, string? Target, IReadOnlyList<CoveredControlJson> Covered) : CliDocument("map-explanation");

/// <summary>A covered control: how, through which path, and for partial coverage what it still asks (the residual).</summary>
public sealed record CoveredControlJson(string Control, string? Title, string Coverage, int Strength, string From, IReadOnlyList<PathStepJson>? Path, string? Residual)
{
    /// <summary>The derivation tree: the path's one branch, or one branch per member of a combined mapping.</summary>
    public Application.Assessment.DerivationJson? Derivation { get; init; }
}

public sealed record PathStepJson(string From, string Relationship, string To, string Provenance, int Strength, string Crosswalk, bool Converse, string? Remarks);

/// <summary><c>harmonise --format json</c>: the nations' baselines, the clusters all (or some) of them require, and each nation's residual.</summary>
public sealed record HarmonisationJson(
    IReadOnlyList<NationBaselineJson> Nations,
    Application.Planning.PlanSummaryJson Plan,
    IReadOnlyList<CommonRequirementJson> Common,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Residual,
    string? Written) : CliDocument("harmonisation");

/// <summary>A common requirement: the claim (or claims together) and the required controls it meets, per nation.</summary>
public sealed record CommonRequirementJson(IReadOnlyList<string> Claims, IReadOnlyDictionary<string, IReadOnlyList<string>> Members);

public sealed record NationBaselineJson(string Nation, string Baseline);

/// <summary><c>map retarget --format json</c>: counts per outcome, and each mapping that did not simply carry over.</summary>
public sealed record RetargetJson(string Old, string New, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<RetargetedMappingJson> Changed, string? Written) : CliDocument("map-retarget");

public sealed record RetargetedMappingJson(string Source, string Target, string Outcome, string Note, string? At);

/// <summary><c>attest verify --format json</c>: whether the bundle verified, each signature's standing, and every problem.</summary>
public sealed record BundleVerificationJson(string Bundle, bool Verified, IReadOnlyList<BundleSignatureJson> Signatures, int? Files, IReadOnlyList<DiagnosticJson> Diagnostics) : CliDocument("bundle-verification");

public sealed record BundleSignatureJson(string KeyId, string Role, bool Trusted, bool Valid, string? Timestamp, string? TimestampAuthority);
