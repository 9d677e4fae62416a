using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Text;
using Microsoft.Extensions.Logging;

namespace ConfBot.Core.Search.Semantic;

/// <summary>
/// Vectors already computed, by content hash, so unchanged texts are never embedded again: not on a
/// reload, and not on a restart when a file is given. The file is append-only — a header naming the model,
/// then records of a 16-byte hash and the vector in half precision — and only an index of offsets is kept
/// in memory; vectors are read back when a snapshot is built. A file written by another model, or cut short
/// by a crash, is read as far as it is sound and then overwritten or continued.
/// </summary>
internal sealed partial class EmbeddingStore : IDisposable
{
    private const string Magic = "confbot-vectors-1";

    private readonly Lock _lock = new();
    private readonly Dictionary<UInt128, long> _offsets = [];
    private readonly Dictionary<UInt128, Half[]> _memory = [];
    private readonly int _dimensions;
    private readonly FileStream? _file;
    private readonly int _recordBytes;

    private EmbeddingStore(int dimensions, FileStream? file)
    {
        _dimensions = dimensions;
        _file = file;
        _recordBytes = 16 + 2 * dimensions;
    }

    /// <summary>A store that lives only as long as the process.</summary>
    public static EmbeddingStore InMemory(int dimensions) => new(dimensions, null);

    /// <summary>
    /// The store in <paramref name="path"/>, created if missing. When the file cannot be opened (another
    /// process holds it, or the folder is read-only) the store falls back to memory and says so.
    /// </summary>
    public static EmbeddingStore Open(string path, string model, int dimensions, ILogger logger)
    {
        FileStream file;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
                Directory.CreateDirectory(folder);
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogCacheUnavailable(logger, path, e.Message);
            return InMemory(dimensions);
        }

        var store = new EmbeddingStore(dimensions, file);
        var header = Header(model, dimensions);
        if (!store.ReadIndex(header))
        {
            if (file.Length > 0)
                LogCacheForAnotherModel(logger, path, model);
            file.SetLength(0);
            file.Write(header);
            file.Flush(flushToDisk: true);
        }
        return store;
    }

    public bool Contains(UInt128 hash)
    {
        lock (_lock)
            return _offsets.ContainsKey(hash) || _memory.ContainsKey(hash);
    }

    public bool TryGet(UInt128 hash, Span<float> into)
    {
        long offset;
        lock (_lock)
        {
            if (_memory.TryGetValue(hash, out var kept))
            {
                TensorPrimitives.ConvertToSingle(kept, into);
                return true;
            }
            if (!_offsets.TryGetValue(hash, out offset))
                return false;
        }
        Span<byte> record = stackalloc byte[2 * _dimensions];
        RandomAccess.Read(_file!.SafeFileHandle, record, offset + 16);
        for (var i = 0; i < _dimensions; i++)
            into[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(record[(2 * i)..]);
        return true;
    }

    /// <summary>Adds vectors; the file is flushed once per call, so a batch survives a crash or is lost whole at its tail.</summary>
    public void Add(IReadOnlyList<(UInt128 Hash, float[] Vector)> vectors)
    {
        lock (_lock)
        {
            if (_file is null)
            {
                foreach (var (hash, vector) in vectors)
                    {
                    var kept = new Half[vector.Length];
                    TensorPrimitives.ConvertToHalf(vector, kept);
                    _memory[hash] = kept;
                }
                return;
            }
            var buffer = new byte[_recordBytes];
            _file.Seek(0, SeekOrigin.End);
            foreach (var (hash, vector) in vectors)
            {
                if (_offsets.ContainsKey(hash))
                    continue;
                BinaryPrimitives.WriteUInt128LittleEndian(buffer, hash);
                for (var i = 0; i < _dimensions; i++)
                    BinaryPrimitives.WriteHalfLittleEndian(buffer.AsSpan(16 + 2 * i), (Half)vector[i]);
                _offsets[hash] = _file.Position;
                _file.Write(buffer);
            }
            _file.Flush(flushToDisk: true);
        }
    }

    public void Dispose() => _file?.Dispose();

    private static byte[] Header(string model, int dimensions) => Encoding.UTF8.GetBytes($"{Magic} {model} {dimensions}\n");

    /// <summary>Reads the offsets of every whole record; false when the header is not this model's.</summary>
    private bool ReadIndex(byte[] header)
    {
        var file = _file!;
        if (file.Length < header.Length)
            return false;
        var found = new byte[header.Length];
        file.Position = 0;
        file.ReadExactly(found);
        if (!found.AsSpan().SequenceEqual(header))
            return false;

        var record = new byte[_recordBytes];
        var position = (long)header.Length;
        while (position + _recordBytes <= file.Length)
        {
            file.ReadExactly(record);
            _offsets[BinaryPrimitives.ReadUInt128LittleEndian(record)] = position;
            position += _recordBytes;
        }
        // A record cut short by a crash is dropped, so the next one is appended where it belongs.
        file.SetLength(position);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding cache {Path} cannot be opened ({Reason}); vectors are kept in memory only this run")]
    private static partial void LogCacheUnavailable(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedding cache {Path} was written for another model; starting it again for {Model}")]
    private static partial void LogCacheForAnotherModel(ILogger logger, string path, string model);
}
