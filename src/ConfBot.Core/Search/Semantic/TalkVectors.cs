using System.Numerics.Tensors;

namespace ConfBot.Core.Search.Semantic;

/// <summary>
/// The vectors of one snapshot's talks, by talk position: one per talk (scanned for every question) and one per
/// key point (only read for the talks already found, to tell which point answers). Both are 8-bit with a scale
/// per vector, a quarter of full precision's memory; cosines move by about 0.01, far less than what separates
/// an answer from the rest. Exact search: at 100,000 talks a scan is a few milliseconds and needs no index to build.
/// </summary>
internal sealed class TalkVectors
{
    /// <summary>
    /// Rows converted back to floats at a time while scanning: small enough to stay in the CPU's cache, and the
    /// buffer (32 × 384 floats, 48 KiB) under the 85,000 bytes that would put it on the large-object heap every question.
    /// </summary>
    private const int Block = 32;

    private readonly Quantised _talks;
    private readonly Quantised _points;
    private readonly int[] _firstPoint;

    private TalkVectors(int dimensions, Quantised talks, Quantised points, int[] firstPoint)
    {
        Dimensions = dimensions;
        _talks = talks;
        _points = points;
        _firstPoint = firstPoint;
    }

    public int Dimensions { get; }

    public int Count => _firstPoint.Length - 1;

    /// <summary>Reads every talk's vectors from the store; each text must be in it (see <see cref="TalkEmbedding"/>).</summary>
    public static TalkVectors From(IReadOnlyList<TalkHashes> talks, EmbeddingStore store, int dimensions)
    {
        var firstPoint = new int[talks.Count + 1];
        for (var i = 0; i < talks.Count; i++)
            firstPoint[i + 1] = firstPoint[i] + talks[i].Points.Length;
        var vectors = new TalkVectors(dimensions, new Quantised(talks.Count, dimensions), new Quantised(firstPoint[^1], dimensions), firstPoint);

        var vector = new float[dimensions];
        for (var i = 0; i < talks.Count; i++)
        {
            Require(store.TryGet(talks[i].Whole, vector));
            vectors._talks.Set(i, vector);
            for (var p = 0; p < talks[i].Points.Length; p++)
            {
                Require(store.TryGet(talks[i].Points[p], vector));
                vectors._points.Set(firstPoint[i] + p, vector);
            }
        }
        return vectors;
    }

    /// <summary>The talks nearest to the question, closest first, with their cosine similarity.</summary>
    public List<(int Talk, float Similarity)> Nearest(ReadOnlySpan<float> question, int count)
    {
        var best = new PriorityQueue<int, float>(count + 1);
        var rows = new float[Block * Dimensions];
        for (var from = 0; from < Count; from += Block)
        {
            var size = Math.Min(Block, Count - from);
            _talks.Read(from, size, rows);
            for (var r = 0; r < size; r++)
            {
                var similarity = TensorPrimitives.Dot(rows.AsSpan(r * Dimensions, Dimensions), question) * _talks.Scale(from + r);
                if (best.Count < count)
                    best.Enqueue(from + r, similarity);
                else if (best.TryPeek(out _, out var worst) && similarity > worst)
                    best.EnqueueDequeue(from + r, similarity);
            }
        }
        var nearest = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var talk, out var similarity))
            nearest.Add((talk, similarity));
        nearest.Reverse();
        return nearest;
    }

    public float TalkSimilarity(int talk, ReadOnlySpan<float> question) => _talks.Similarity(talk, question);

    /// <summary>The cosine similarity of each of the talk's key points to the question, in the talk's order.</summary>
    public float[] PointSimilarities(int talk, ReadOnlySpan<float> question)
    {
        var from = _firstPoint[talk];
        var similarities = new float[_firstPoint[talk + 1] - from];
        for (var p = 0; p < similarities.Length; p++)
            similarities[p] = _points.Similarity(from + p, question);
        return similarities;
    }

    private static void Require(bool found)
    {
        if (!found)
            throw new InvalidOperationException("A talk's text was not embedded before its vectors were read.");
    }
}

/// <summary>Rows of vectors in symmetric 8-bit quantisation, one scale per row.</summary>
internal sealed class Quantised(int rows, int dimensions)
{
    private readonly sbyte[] _values = new sbyte[rows * dimensions];
    private readonly float[] _scales = new float[rows];

    public float Scale(int row) => _scales[row];

    public void Set(int row, ReadOnlySpan<float> vector)
    {
        // MaxMagnitude returns the element of largest magnitude, sign included.
        var scale = Math.Max(Math.Abs(TensorPrimitives.MaxMagnitude(vector)), 1e-9f) / 127f;
        var into = _values.AsSpan(row * dimensions, dimensions);
        for (var i = 0; i < vector.Length; i++)
            into[i] = (sbyte)Math.Round(vector[i] / scale);
        _scales[row] = scale;
    }

    /// <summary>Rows <paramref name="from"/> onwards as floats, not yet scaled (see <see cref="Scale"/>).</summary>
    public void Read(int from, int count, Span<float> into) =>
        TensorPrimitives.ConvertChecked<sbyte, float>(_values.AsSpan(from * dimensions, count * dimensions), into[..(count * dimensions)]);

    public float Similarity(int row, ReadOnlySpan<float> question)
    {
        Span<float> vector = stackalloc float[dimensions];
        Read(row, 1, vector);
        return TensorPrimitives.Dot(vector, question) * _scales[row];
    }
}
