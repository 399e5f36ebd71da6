using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ProcurementBaseline.Application.IO;

namespace ProcurementBaseline.Application.Suggestions;

/// <summary>
/// Embeddings kept on disk between runs, one file per model, keyed by the SHA-256 of the model's name and the text, so
/// that a catalog edited in one control re-embeds that control alone. The file is a cache: written whole to a temporary
/// file and renamed, sorted by key so the same vectors give the same bytes, and read back only if its header, size and
/// dimensions agree; anything else is ignored and rebuilt.
/// </summary>
public sealed class EmbeddingCache
{
    private static readonly byte[] Magic = "PBVEC1\n"u8.ToArray();
    private const int KeyLength = 32;

    private readonly string _file;
    private readonly int _dimensions;
    private readonly string _model;
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private bool _changed;

    private EmbeddingCache(string file, string model, int dimensions)
    {
        _file = file;
        _model = model;
        _dimensions = dimensions;
    }

    /// <summary>The cache folder for the current user: $XDG_CACHE_HOME/procbase/embeddings, else ~/.cache/…, else the local application data folder.</summary>
    public static string DefaultFolder()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = !string.IsNullOrEmpty(xdg) ? xdg
            : OperatingSystem.IsWindows() || string.IsNullOrEmpty(home) ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Path.Combine(home, ".cache");
        return Path.Combine(root, "procbase", "embeddings");
    }

    public static EmbeddingCache Open(string folder, string model, int dimensions)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(model)))[..16];
        var cache = new EmbeddingCache(Path.Combine(folder, $"{name}.vectors"), model, dimensions);
        cache.Read();
        return cache;
    }

    public int Count => _vectors.Count;

    public bool TryGet(string text, out float[] vector) => _vectors.TryGetValue(Key(text), out vector!);

    public void Add(string text, float[] vector)
    {
        if (vector.Length == _dimensions && _vectors.TryAdd(Key(text), vector))
        {
            _changed = true;
        }
    }

    /// <summary>Writes the cache if it gained vectors. A cache that cannot be written is not an error: the next run embeds again.</summary>
    public void Save()
    {
        if (!_changed)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            AtomicFileWriter.Write(_file, stream =>
            {
                stream.Write(Magic);
                Span<byte> number = stackalloc byte[sizeof(int)];
                BinaryPrimitives.WriteInt32LittleEndian(number, _dimensions);
                stream.Write(number);
                var buffer = new byte[_dimensions * sizeof(float)];
                foreach (var (key, vector) in _vectors.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    stream.Write(Convert.FromHexString(key));
                    for (var i = 0; i < vector.Length; i++)
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(i * sizeof(float)), vector[i]);
                    }

                    stream.Write(buffer);
                }

                return true;
            });
            _changed = false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only home or a full disk costs the next run time, nothing else.
        }
    }

    private string Key(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{_model}\n{text}")));

    private void Read()
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(_file))
            {
                return;
            }

            bytes = File.ReadAllBytes(_file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var record = KeyLength + (_dimensions * sizeof(float));
        var header = Magic.Length + sizeof(int);
        if (bytes.Length < header || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length)) != _dimensions || (bytes.Length - header) % record != 0)
        {
            return;
        }

        for (var at = header; at < bytes.Length; at += record)
        {
            var vector = new float[_dimensions];
            for (var i = 0; i < _dimensions; i++)
            {
                vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(at + KeyLength + (i * sizeof(float))));
            }

            if (vector.All(float.IsFinite))
            {
                _vectors[Convert.ToHexStringLower(bytes.AsSpan(at, KeyLength))] = vector;
            }
        }
    }
}
