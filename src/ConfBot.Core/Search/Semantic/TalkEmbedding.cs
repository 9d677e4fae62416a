using ConfBot.Core.Talks;

namespace ConfBot.Core.Search.Semantic;

/// <summary>
/// Gives a list of talks its vectors: texts already in the store are read back, the rest are embedded in
/// small batches and stored as they are done, so a reload embeds only what changed and an interrupted run
/// resumes where it stopped.
/// </summary>
internal sealed class TalkEmbedding(ITextEmbedder embedder, EmbeddingStore store) : IDisposable
{
    private const int Batch = 64;

    private readonly Lock _embedding = new();
    private long _embedded;

    public ITextEmbedder Embedder => embedder;

    /// <summary>Texts embedded by the model since start (not read from the store).</summary>
    public long Embedded => Interlocked.Read(ref _embedded);

    /// <summary>How many of the talks' texts are not in the store yet.</summary>
    public int Missing(IReadOnlyList<Talk> talks) => MissingTexts(talks).Count;

    /// <summary>Embeds what the store lacks, one caller at a time (two would only share the same cores), then reads the vectors.</summary>
    public TalkVectors Build(IReadOnlyList<Talk> talks, CancellationToken cancellation)
    {
        lock (_embedding)
        {
            var missing = MissingTexts(talks);
            for (var start = 0; start < missing.Count; start += Batch)
            {
                var batch = missing.GetRange(start, Math.Min(Batch, missing.Count - start));
                var vectors = embedder.Embed([.. batch.Select(m => m.Text)], cancellation);
                store.Add([.. batch.Select((m, i) => (m.Hash, vectors[i]))]);
                Interlocked.Add(ref _embedded, batch.Count);
            }
        }
        cancellation.ThrowIfCancellationRequested();
        return TalkVectors.From(talks, store, embedder.Dimensions);
    }

    public void Dispose()
    {
        store.Dispose();
        (embedder as IDisposable)?.Dispose();
    }

    private List<(UInt128 Hash, string Text)> MissingTexts(IReadOnlyList<Talk> talks)
    {
        var seen = new HashSet<UInt128>();
        var missing = new List<(UInt128, string)>();
        foreach (var talk in talks)
        {
            foreach (var text in TalkTexts.Points(talk).Prepend(TalkTexts.Whole(talk)))
            {
                var hash = ContentHash.Of(text);
                if (seen.Add(hash) && !store.Contains(hash))
                    missing.Add((hash, text));
            }
        }
        return missing;
    }
}
