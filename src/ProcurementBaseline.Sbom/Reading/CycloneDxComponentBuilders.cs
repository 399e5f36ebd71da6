namespace ProcurementBaseline.Sbom.Reading;

/// <summary>
/// One reusable component builder per nesting depth, for either CycloneDX encoding: one per depth is enough, since a
/// component's children are built before it, and reusing them keeps a large SBOM from allocating a builder per component.
/// </summary>
internal sealed class CycloneDxComponentBuilders
{
    private readonly List<CycloneDxComponentBuilder> _byDepth = [];

    /// <summary>The builder for components at <paramref name="depth"/>, emptied.</summary>
    public CycloneDxComponentBuilder At(int depth)
    {
        while (_byDepth.Count <= depth)
        {
            _byDepth.Add(new CycloneDxComponentBuilder());
        }

        return _byDepth[depth].Reset();
    }
}
