using System.Diagnostics;
using ConfBot.Bench.Corpus;
using ConfBot.Core.Search;
using ConfBot.Core.Search.Semantic;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConfBot.Bench.Search;

/// <summary>
/// Measures search by words and meaning on a synthetic corpus: how fast the model embeds talks (on a sample: at
/// tens of talks a second, all 100,000 would take most of an hour), what giving every talk its vectors costs
/// beside the model (hashing, the vector file, quantising; with <see cref="StandInEmbedder"/>), per-question
/// latency and CPU with the question embedded by the real model, a reload after one key point of one note
/// among 1,000 changed, and process memory.
/// </summary>
public static class SemanticBenchmark
{
    private const int SampleTalks = 200;
    private const int WarmUpQueries = 300;
    private const int TalksPerNote = 20;
    private const int NotesForReload = 1_000;

    public static SemanticBenchmarkReport Run(int talkCount, int queryCount, int top = 3, int seed = 42)
    {
        var corpus = new SyntheticCorpus(seed);
        var talks = corpus.Lazy(talkCount);
        // One thread, as the service embeds by default: a question's cost is then its own, not both cores'.
        var defaults = new SearchOptions();
        using var embedder = new MiniLmEmbedder(defaults.EmbeddingThreads, defaults.ModelFolderOrDefault);
        var folder = Directory.CreateTempSubdirectory("confbot-bench-");
        try
        {
            var sample = corpus.Talks(Math.Min(SampleTalks, talkCount));
            var clock = Stopwatch.StartNew();
            var sampleTexts = 0;
            new TalkEmbedding(embedder, EmbeddingStore.InMemory(embedder.Dimensions)).Build(sample, default, missing => sampleTexts = missing);
            var sampleTime = clock.Elapsed;

            var index = TalkIndex.Build(talks, new SearchOptions());
            var store = EmbeddingStore.Open(Path.Combine(folder.FullName, "bench.vectors"), embedder.Model, embedder.Dimensions, NullLogger.Instance);
            clock.Restart();
            var vectors = new TalkEmbedding(new StandInEmbedder(embedder.Dimensions), store).Build(talks, default);
            var vectorTime = clock.Elapsed;

            var reload = Reload(corpus, talks, embedder, store);

            var search = new HybridSearch(index, vectors, embedder, new SearchOptions());
            var timing = QuestionTiming.Run(search, SyntheticQuestions.Mixed(corpus, talks, WarmUpQueries), SyntheticQuestions.Mixed(corpus, talks, queryCount), top);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            GC.KeepAlive(vectors);
            store.Dispose();
            return new SemanticBenchmarkReport(
                talkCount, embedder.Model, sample.Count, sampleTexts, sampleTime, vectorTime, reload.Time, reload.Embedded,
                timing, process.PeakWorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The vectors of 1,000 notes' talks made again after one key point of one talk was edited, as a reload does:
    /// every text is hashed and looked up, and only the edited point and its talk are embedded, by the real model.
    /// </summary>
    private static (TimeSpan Time, long Embedded) Reload(SyntheticCorpus corpus, IReadOnlyList<Talk> talks, ITextEmbedder model, EmbeddingStore store)
    {
        var notes = talks.Take(NotesForReload * TalksPerNote).ToList();
        notes[0] = notes[0] with { KeyPoints = [.. notes[0].KeyPoints.Skip(1).Prepend($"edited: {corpus.Topic()} {corpus.Tool()}")] };
        var embedding = new TalkEmbedding(model, store);
        var clock = Stopwatch.StartNew();
        embedding.Build(notes, default);
        return (clock.Elapsed, embedding.Embedded);
    }
}

/// <summary>What <see cref="SemanticBenchmark"/> measured.</summary>
public sealed record SemanticBenchmarkReport(
    int Talks,
    string Model,
    int SampleTalks,
    int SampleTexts,
    TimeSpan SampleTime,
    TimeSpan VectorBuildTime,
    TimeSpan ReloadTime,
    long ReloadEmbedded,
    QuestionTiming Questions,
    long PeakWorkingSetBytes,
    long GcHeapBytes)
{
    public double EmbeddedTalksPerSecond => SampleTalks / SampleTime.TotalSeconds;
}
