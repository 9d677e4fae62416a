using ConfBot.Core.Diagnostics;
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
    // A model that fails to load fails again where it is used, and is reported there: here its failure is only observed.
    private readonly Lazy<Task> _prepared = new(() => Task.Run(() => embedder.Embed(["warm up"]))
        .ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default));
    private long _embedded;

    public ITextEmbedder Embedder => embedder;

    /// <summary>
    /// Loads the model and runs it once in the background (once per process), so neither the first question nor the
    /// first batch of notes waits for it; every reload asks, only the first starts it.
    /// </summary>
    public void Prepare() => _ = _prepared.Value;

    /// <summary>Texts embedded by the model since start (not read from the store).</summary>
    public long Embedded => Interlocked.Read(ref _embedded);

    /// <summary>Embeds what the store lacks, one caller at a time (two would only share the same cores), then reads the vectors.</summary>
    /// <param name="starting">Told how many texts the store lacks, before any is embedded.</param>
    /// <param name="progress">Told how many of those are embedded, after each batch; nothing when none is missing.</param>
    public TalkVectors Build(IReadOnlyList<Talk> talks, CancellationToken cancellation, Action<int>? starting = null, IProgress<WorkProgress>? progress = null)
    {
        using var activity = CoreActivities.Start(CoreActivities.EmbedNotes)?.SetTag("talks", talks.Count);
        TalkHashes[] hashes;
        lock (_embedding)
        {
            hashes = Hashes(talks);
            var missing = MissingTexts(talks, hashes);
            activity?.SetTag("texts_embedded", missing.Count);
            starting?.Invoke(missing.Count);
            for (var start = 0; start < missing.Count; start += Batch)
            {
                var batch = missing.GetRange(start, Math.Min(Batch, missing.Count - start));
                var vectors = embedder.Embed([.. batch.Select(m => m.Text)], cancellation);
                store.Add([.. batch.Select((m, i) => (m.Hash, vectors[i]))]);
                Interlocked.Add(ref _embedded, batch.Count);
                progress?.Report(new WorkProgress(WorkStage.Embedding, start + batch.Count, missing.Count));
            }
        }
        cancellation.ThrowIfCancellationRequested();
        return TalkVectors.From(hashes, store, embedder.Dimensions);
    }

    public void Dispose()
    {
        store.Dispose();
        (embedder as IDisposable)?.Dispose();
    }

    /// <summary>Each talk's texts named by content, worked out once per build: hashing is most of a reload's cost.</summary>
    private static TalkHashes[] Hashes(IReadOnlyList<Talk> talks)
    {
        var hashes = new TalkHashes[talks.Count];
        Parallel.For(0, talks.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            hashes[i] = new TalkHashes(ContentHash.Of(TalkTexts.Whole(talks[i])), [.. talks[i].KeyPoints.Select(p => ContentHash.Of(TalkTexts.Point(p)))]));
        return hashes;
    }

    private List<(UInt128 Hash, string Text)> MissingTexts(IReadOnlyList<Talk> talks, TalkHashes[] hashes)
    {
        var seen = new HashSet<UInt128>();
        var missing = new List<(UInt128, string)>();
        for (var i = 0; i < talks.Count; i++)
        {
            if (seen.Add(hashes[i].Whole) && !store.Contains(hashes[i].Whole))
                missing.Add((hashes[i].Whole, TalkTexts.Whole(talks[i])));
            for (var p = 0; p < hashes[i].Points.Length; p++)
            {
                if (seen.Add(hashes[i].Points[p]) && !store.Contains(hashes[i].Points[p]))
                    missing.Add((hashes[i].Points[p], TalkTexts.Point(talks[i].KeyPoints[p])));
            }
        }
        return missing;
    }
}

/// <summary>The content hashes of a talk's texts: the talk as a whole, and each key point in order.</summary>
internal sealed record TalkHashes(UInt128 Whole, UInt128[] Points);
