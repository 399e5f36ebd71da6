namespace ProcurementBaseline.Harmonisation;

/// <summary>Why a mapping holds: the wording matches, the meaning matches, or the effect matches.</summary>
public enum RationaleType
{
    Syntactic,
    Semantic,
    Functional,
}

/// <summary>Who stands behind a mapping.</summary>
public enum Provenance
{
    /// <summary>The catalog's publisher.</summary>
    Official,

    /// <summary>Reviewed by a named person or body.</summary>
    Reviewed,

    /// <summary>Proposed by the tool; never counts unless a baseline says so.</summary>
    Suggested,

    /// <summary>
    /// Derived mechanically from the catalogs themselves, with no judgement in it: a control whose statement is the same,
    /// word for word, in two versions of a catalog. Nobody reviewed it; nothing needed reviewing.
    /// </summary>
    Derived,
}

/// <summary>How a mapping was made.</summary>
public enum MappingMethod
{
    Human,
    Automation,
    Hybrid,
}

/// <summary>Whether a mapping has been reviewed.</summary>
public enum MappingStatus
{
    Draft,
    Reviewed,
}
