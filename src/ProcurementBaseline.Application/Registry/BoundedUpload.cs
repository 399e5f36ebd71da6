using ProcurementBaseline.Diagnostics;

namespace ProcurementBaseline.Application.Registry;

/// <summary>Reads an upload into memory up to a cap, and stops reading at the first byte past it.</summary>
public static class BoundedUpload
{
    public static async Task<Outcome<byte[]>> Read(Stream upload, long maxBytes, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return RegistryProblem.Of(ProblemKind.TooLarge, DiagnosticCodes.RegistryUploadTooLarge, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
