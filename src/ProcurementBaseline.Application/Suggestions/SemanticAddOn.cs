using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ProcurementBaseline.Application.Suggestions;

/// <summary>
/// The optional <c>procbase-semantic</c> add-on (package ProcurementBaseline.Semantic), run as a child process: a JSON
/// array of texts on its standard input, a JSON header line and little-endian float32 vectors on its standard output.
/// Found, in order, at the path given (--semantic-add-on), at the path in PROCBASE_SEMANTIC, beside the procbase executable, or on PATH (where
/// <c>dotnet tool install</c> puts it). A path ending in .dll is run with <c>dotnet</c>.
/// </summary>
public sealed class SemanticAddOn
{
    public const string EnvironmentVariable = "PROCBASE_SEMANTIC";
    public const string CommandName = "procbase-semantic";
    private const int Protocol = 1;
    private static readonly TimeSpan DescribeTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan EmbedTimeout = TimeSpan.FromMinutes(10);

    private SemanticAddOn(string path, string model, int dimensions)
    {
        Path = path;
        Model = model;
        Dimensions = dimensions;
    }

    public string Path { get; }

    public string Model { get; }

    public int Dimensions { get; }

    /// <summary>Finds and asks the add-on what it is; null with the reason when it is absent or does not answer as it should.</summary>
    public static SemanticAddOn? Find(string? configured, string toolDirectory, out string reason)
    {
        configured ??= Environment.GetEnvironmentVariable(EnvironmentVariable);
        string? path;
        if (!string.IsNullOrEmpty(configured))
        {
            path = configured;
            if (!File.Exists(path))
            {
                reason = $"the semantic add-on {path} does not exist";
                return null;
            }
        }
        else
        {
            path = Candidates(toolDirectory).FirstOrDefault(File.Exists);
            if (path is null)
            {
                reason = $"the {CommandName} add-on is not installed (dotnet tool install --global ProcurementBaseline.Semantic, or set {EnvironmentVariable})";
                return null;
            }
        }

        try
        {
            var output = Run(path, ["--describe"], null, DescribeTimeout, 4096);
            var line = Encoding.UTF8.GetString(output).Trim();
            var (model, dimensions, _) = ParseHeader(line);
            reason = "";
            return new SemanticAddOn(System.IO.Path.GetFullPath(path), model, dimensions);
        }
        catch (SemanticAddOnException e)
        {
            reason = $"{path} did not describe itself: {e.Message}";
            return null;
        }
    }

    /// <summary>Embeds the texts in one run of the add-on.</summary>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var output = Run(Path, [], JsonSerializer.SerializeToUtf8Bytes(texts, SemanticJson.Default.IReadOnlyListString), EmbedTimeout,
            4096 + ((long)texts.Count * Dimensions * sizeof(float)));
        var newline = Array.IndexOf(output, (byte)'\n');
        if (newline < 0)
        {
            throw new SemanticAddOnException("its output has no header line");
        }

        var (model, dimensions, count) = ParseHeader(Encoding.UTF8.GetString(output, 0, newline));
        if (model != Model || dimensions != Dimensions || count != texts.Count)
        {
            throw new SemanticAddOnException($"it answered for {count} texts of model {model} ({dimensions} dimensions); {texts.Count} of {Model} were asked");
        }

        var expected = (long)count * dimensions * sizeof(float);
        if (output.Length - newline - 1 != expected)
        {
            throw new SemanticAddOnException($"it wrote {output.Length - newline - 1:N0} bytes of vectors, not {expected:N0}");
        }

        var vectors = new float[count][];
        var at = newline + 1;
        for (var v = 0; v < count; v++)
        {
            var vector = new float[dimensions];
            for (var i = 0; i < dimensions; i++, at += sizeof(float))
            {
                vector[i] = BinaryPrimitives.ReadSingleLittleEndian(output.AsSpan(at));
            }

            if (!vector.All(float.IsFinite))
            {
                throw new SemanticAddOnException($"vector {v + 1} is not finite");
            }

            vectors[v] = vector;
        }

        return vectors;
    }

    /// <summary>Copies until the end or the limit; false, with the rest drained, if there was more.</summary>
    private static async Task<bool> CopyAtMost(Stream from, MemoryStream to, long limit)
    {
        var buffer = new byte[81920];
        int read;
        var within = true;
        while ((read = await from.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            if (within && to.Length + read <= limit)
            {
                to.Write(buffer, 0, read);
            }
            else
            {
                within = false;
            }
        }

        return within;
    }

    private static IEnumerable<string> Candidates(string toolDirectory)
    {
        var executable = OperatingSystem.IsWindows() ? $"{CommandName}.exe" : CommandName;
        yield return System.IO.Path.Combine(toolDirectory, executable);
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return System.IO.Path.Combine(folder, executable);
        }
    }

    private static (string Model, int Dimensions, int Count) ParseHeader(string line)
    {
        try
        {
            using var header = JsonDocument.Parse(line);
            var root = header.RootElement;
            if (root.GetProperty("protocol").GetInt32() != Protocol)
            {
                throw new SemanticAddOnException($"it speaks protocol {root.GetProperty("protocol").GetInt32()}, not {Protocol}");
            }

            var dimensions = root.GetProperty("dimensions").GetInt32();
            var count = root.GetProperty("count").GetInt32();
            if (dimensions is < 1 or > 4096 || count < 0)
            {
                throw new SemanticAddOnException($"its header gives {dimensions} dimensions and {count} vectors");
            }

            return (root.GetProperty("model").GetString() ?? throw new SemanticAddOnException("its header names no model"), dimensions, count);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new SemanticAddOnException($"its header is not the add-on protocol's: {e.Message}");
        }
    }

    private static byte[] Run(string path, string[] arguments, byte[]? input, TimeSpan timeout, long limit)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            start.FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
            start.ArgumentList.Add(path);
        }
        else
        {
            start.FileName = path;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new SemanticAddOnException($"it could not be started: {e.Message}");
        }

        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        var copy = CopyAtMost(process.StandardOutput.BaseStream, output, limit);
        try
        {
            if (input is not null)
            {
                process.StandardInput.BaseStream.Write(input);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It stopped reading; its exit code and standard error say why.
        }

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new SemanticAddOnException($"it did not finish within {timeout.TotalSeconds:0} s");
        }

        if (!copy.Result)
        {
            throw new SemanticAddOnException($"it wrote more than the {limit:N0} bytes its answer can take");
        }

        if (process.ExitCode != 0)
        {
            var message = error.Result.Trim();
            throw new SemanticAddOnException($"it exited with code {process.ExitCode}{(message.Length == 0 ? "" : $": {message[..Math.Min(message.Length, 300)]}")}");
        }

        return output.ToArray();
    }
}

/// <summary>The add-on failed or answered outside its protocol.</summary>
public sealed class SemanticAddOnException(string message) : Exception(message);

[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class SemanticJson : System.Text.Json.Serialization.JsonSerializerContext;
