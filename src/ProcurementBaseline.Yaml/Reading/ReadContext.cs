using ProcurementBaseline.Diagnostics;
using ProcurementBaseline.Yaml.Nodes;

namespace ProcurementBaseline.Yaml.Reading;

/// <summary>The file being read and where its diagnostics go.</summary>
public sealed class ReadContext(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(YNode node) => new(File, node.Line, node.Column);

    public SourceLocation At(int line, int column) => new(File, line, column);

    public void Report(DiagnosticDescriptor descriptor, YNode node, params object?[] args) =>
        Diagnostics.Add(descriptor, At(node), args);
}
