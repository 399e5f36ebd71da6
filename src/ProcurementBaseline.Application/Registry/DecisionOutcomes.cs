namespace ProcurementBaseline.Application.Registry;

/// <summary>The words a reviewer's decision may be.</summary>
public static class DecisionOutcomes
{
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string RequestChanges = "request-changes";

    public static readonly IReadOnlyList<string> All = [Accept, Reject, RequestChanges];
}
