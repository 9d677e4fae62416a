using System.Diagnostics;
using ConfBot.Bench.Corpus;
using ConfBot.Core.Search;

namespace ConfBot.Bench.Search;

/// <summary>
/// Measures indexing and search on a synthetic corpus: index build time, per-question latency over a
/// mix of question kinds (after a warm-up, so JIT compilation is not counted), and process memory.
/// By default talks are made on demand (the index reads each once, and again for hits), so memory is the
/// index's own; <c>keepTalks</c> holds them all in memory as a real catalog would, and adds their size.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>Enough questions for the JIT to finish tiering up the search paths, as in a running service.</summary>
    private const int WarmUpQueries = 3_000;

    public static BenchmarkReport Run(int talkCount, int queryCount, bool keepTalks = false, int top = 3, int seed = 42)
    {
        var clock = Stopwatch.StartNew();
        var corpus = new SyntheticCorpus(seed);
        var talks = keepTalks ? corpus.Talks(talkCount) : corpus.Lazy(talkCount);
        if (!keepTalks)
            // Made on demand, talks are generated again inside the build: time one full pass so the
            // report can tell the generator's share from the index's.
            foreach (var talk in talks)
                GC.KeepAlive(talk);
        var generated = clock.Elapsed;

        clock.Restart();
        var index = TalkIndex.Build(talks, new SearchOptions());
        var built = clock.Elapsed;

        var timing = QuestionTiming.Run(index, SyntheticQuestions.Mixed(corpus, talks, WarmUpQueries), SyntheticQuestions.Mixed(corpus, talks, queryCount), top);

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        GC.KeepAlive(index);
        return new BenchmarkReport(talkCount, keepTalks, generated, built, timing, process.PeakWorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes);
    }
}
