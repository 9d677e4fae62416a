using System.Diagnostics;

namespace ConfBot.Core.Search.Benchmarks;

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

        foreach (var question in SyntheticQuestions.Mixed(corpus, talks, WarmUpQueries))
            index.Search(question, top);
        // Measure the steady state, not the collection of what building left behind.
        GC.Collect();

        var questions = SyntheticQuestions.Mixed(corpus, talks, queryCount);
        var latencies = new double[questions.Count];
        var answered = 0;
        for (var i = 0; i < questions.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var results = index.Search(questions[i], top);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            answered += results.Hits.Count > 0 ? 1 : 0;
        }
        Array.Sort(latencies);

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        GC.KeepAlive(index);
        return new BenchmarkReport(
            talkCount, keepTalks, generated, built, questions.Count, (double)answered / Math.Max(1, questions.Count),
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), TimeSpan.FromMilliseconds(latencies.LastOrDefault()),
            process.PeakWorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes);
    }

    internal static TimeSpan Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(sorted[(int)Math.Ceiling(share * sorted.Length) - 1]);
}
