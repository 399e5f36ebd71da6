using System.Reflection;

namespace ProcurementBaseline.Application;

/// <summary>The tool's version as built (informational version, without the source-revision suffix, so output stays reproducible).</summary>
public static class ToolVersion
{
    public static string Current { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
