namespace ProcurementBaseline.Benchmarks;

/// <summary>Prints the page counts and sizes of the PDF benchmark's two reports, for the figures beside the timings.</summary>
internal static class PdfPages
{
    public static void Print()
    {
        var bench = new PdfBenchmarks();
        bench.Setup();
        foreach (var (name, bytes) in new[] { ("small", bench.SmallBytes()), ("large", bench.LargeBytes()) })
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            Console.WriteLine($"{name}: {pdf.NumberOfPages} pages, {bytes.Length / 1024.0:0} kB");
        }
    }
}
