using System.Globalization;

namespace ProcurementBaseline.Diagnostics;

/// <summary>One problem found in an input, printed as <c>file(line,col): error PB1003: message</c>.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message)
{
    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        new(descriptor, location, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args));

    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
