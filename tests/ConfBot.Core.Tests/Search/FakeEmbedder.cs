using System.Numerics.Tensors;
using ConfBot.Core.Search.Semantic;

namespace ConfBot.Core.Tests.Search;

/// <summary>
/// A stand-in for the model: each text gets a fixed pseudo-random unit vector, texts embedded are counted,
/// and <see cref="Hold"/> makes embedding wait until <see cref="Release"/>, so a test decides when it finishes.
/// </summary>
internal sealed class FakeEmbedder(string model = "fake-model") : ITextEmbedder, IDisposable
{
    private readonly ManualResetEventSlim _open = new(initialState: true);
    private int _texts;

    public string Model => model;

    public int Dimensions => 8;

    public int Texts => Volatile.Read(ref _texts);

    /// <summary>Signalled when an embedding call is waiting on <see cref="Hold"/>.</summary>
    public ManualResetEventSlim Waiting { get; } = new();

    public void Hold() => _open.Reset();

    public void Release() => _open.Set();

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellation = default)
    {
        if (!_open.IsSet)
        {
            Waiting.Set();
            _open.Wait(cancellation);
        }
        Interlocked.Add(ref _texts, texts.Count);
        return [.. texts.Select(Vector)];
    }

    public void Dispose()
    {
        _open.Dispose();
        Waiting.Dispose();
    }

    public static float[] Vector(string text)
    {
        var random = new Random(text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)));
        var vector = Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }
}
