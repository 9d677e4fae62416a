using System.Numerics.Tensors;
using ConfBot.Core.Search.Semantic;

namespace ConfBot.Bench.Search;

/// <summary>
/// Gives each text a fixed pseudo-random unit vector at no cost, so 100,000 synthetic talks can be given vectors in
/// seconds: scanning and storing vectors costs the same whatever their values, and the model's own speed is
/// measured separately on a sample.
/// </summary>
internal sealed class StandInEmbedder(int dimensions) : ITextEmbedder
{
    public string Model => "stand-in";

    public int Dimensions => dimensions;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellation = default) =>
        [.. texts.Select(Vector)];

    private float[] Vector(string text)
    {
        var random = new Random((int)ContentHash.Of(text));
        var vector = new float[dimensions];
        for (var i = 0; i < vector.Length; i++)
            vector[i] = (float)(random.NextDouble() - 0.5);
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }
}
