namespace ProcurementBaseline.Application.Registry;

/// <summary>Record ids: a prefix saying what the record is, and a version 7 UUID, so ids sort by creation time.</summary>
public sealed class RegistryIds(TimeProvider time)
{
    public string New(string prefix) => $"{prefix}_{Guid.CreateVersion7(time.GetUtcNow()):N}";
}
