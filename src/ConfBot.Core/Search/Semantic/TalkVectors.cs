using System.Numerics.Tensors;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Search.Semantic;

/// <summary>
/// The vectors of one snapshot's talks, by talk position: one per talk (full precision, scanned for every
/// question) and one per key point (8-bit, only read for the talks already found, to tell which point answers).
/// Exact search: at 100,000 talks a scan of 384-float rows is a few milliseconds, and needs no index to build.
/// </summary>
internal sealed class TalkVectors
{
    private readonly float[] _talks;
    private readonly sbyte[] _points;
    private readonly float[] _pointScales;
    private readonly int[] _firstPoint;

    private TalkVectors(int dimensions, float[] talks, sbyte[] points, float[] pointScales, int[] firstPoint)
    {
        Dimensions = dimensions;
        _talks = talks;
        _points = points;
        _pointScales = pointScales;
        _firstPoint = firstPoint;
    }

    public int Dimensions { get; }

    public int Count => _firstPoint.Length - 1;

    /// <summary>Reads every talk's vectors from the store; each text must be in it (see <see cref="TalkEmbedding"/>).</summary>
    public static TalkVectors From(IReadOnlyList<Talk> talks, EmbeddingStore store, int dimensions)
    {
        var firstPoint = new int[talks.Count + 1];
        for (var i = 0; i < talks.Count; i++)
            firstPoint[i + 1] = firstPoint[i] + talks[i].KeyPoints.Count;
        var vectors = new TalkVectors(dimensions, new float[talks.Count * dimensions], new sbyte[firstPoint[^1] * dimensions], new float[firstPoint[^1]], firstPoint);

        var point = new float[dimensions];
        for (var i = 0; i < talks.Count; i++)
        {
            Require(store.TryGet(ContentHash.Of(TalkTexts.Whole(talks[i])), vectors._talks.AsSpan(i * dimensions, dimensions)));
            var p = firstPoint[i];
            foreach (var text in TalkTexts.Points(talks[i]))
            {
                Require(store.TryGet(ContentHash.Of(text), point));
                vectors._pointScales[p] = Quantise(point, vectors._points.AsSpan(p * dimensions, dimensions));
                p++;
            }
        }
        return vectors;
    }

    /// <summary>The talks nearest to the question, closest first, with their cosine similarity.</summary>
    public List<(int Talk, float Similarity)> Nearest(ReadOnlySpan<float> question, int count)
    {
        var best = new PriorityQueue<int, float>(count + 1);
        for (var i = 0; i < Count; i++)
        {
            var similarity = TalkSimilarity(i, question);
            if (best.Count < count)
                best.Enqueue(i, similarity);
            else if (best.TryPeek(out _, out var worst) && similarity > worst)
                best.EnqueueDequeue(i, similarity);
        }
        var nearest = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var talk, out var similarity))
            nearest.Add((talk, similarity));
        nearest.Reverse();
        return nearest;
    }

    public float TalkSimilarity(int talk, ReadOnlySpan<float> question) =>
        TensorPrimitives.Dot(_talks.AsSpan(talk * Dimensions, Dimensions), question);

    /// <summary>The cosine similarity of each of the talk's key points to the question, in the talk's order.</summary>
    public float[] PointSimilarities(int talk, ReadOnlySpan<float> question)
    {
        var from = _firstPoint[talk];
        var similarities = new float[_firstPoint[talk + 1] - from];
        Span<float> point = stackalloc float[Dimensions];
        for (var p = 0; p < similarities.Length; p++)
        {
            TensorPrimitives.ConvertChecked<sbyte, float>(_points.AsSpan((from + p) * Dimensions, Dimensions), point);
            similarities[p] = TensorPrimitives.Dot(point, question) * _pointScales[from + p];
        }
        return similarities;
    }

    /// <summary>Symmetric 8-bit quantisation with one scale per vector: cosines stay within about 0.01.</summary>
    private static float Quantise(ReadOnlySpan<float> vector, Span<sbyte> into)
    {
        var scale = Math.Max(TensorPrimitives.MaxMagnitude(vector), 1e-9f) / 127f;
        for (var i = 0; i < vector.Length; i++)
            into[i] = (sbyte)Math.Round(vector[i] / scale);
        return scale;
    }

    private static void Require(bool found)
    {
        if (!found)
            throw new InvalidOperationException("A talk's text was not embedded before its vectors were read.");
    }
}
