using System.Globalization;
using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Evaluation;

/// <summary>
/// One reason a claim does not hold at the as-of date (its evidence, its plan of action, its N/A), with the diagnostic code <c>attest validate</c>
/// reports for it, so that validate and assess name the same problem the same way.
/// </summary>
public sealed record ClaimIssue(DiagnosticDescriptor Code, string Message, SourceLocation? At)
{
    public static ClaimIssue Of(DiagnosticDescriptor code, SourceLocation? at, params object?[] args) =>
        new(code, string.Format(CultureInfo.InvariantCulture, code.MessageFormat, args), at);

    public Diagnostic ToDiagnostic(string file) => new(Code, At ?? SourceLocation.WholeFile(file), Message);

    public override string ToString() => Message;
}
