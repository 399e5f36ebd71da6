using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using ProcurementBaseline.Application.Registry;

namespace ProcurementBaseline.Server.Hosting;

/// <summary>
/// The data-protection key ring in the registry's database. Data protection reads it at start and when a key nears
/// expiry (about daily) and calls synchronously, so the store's calls are waited on here.
/// </summary>
internal sealed class DatabaseKeyRing(IRegistryStore store, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.PortalKeys(CancellationToken.None).GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.AddPortalKey(friendlyName, element.ToString(SaveOptions.DisableFormatting), time.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
}
