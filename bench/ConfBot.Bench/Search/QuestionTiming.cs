using System.Diagnostics;
using ConfBot.Core.Search;

namespace ConfBot.Bench.Search;

/// <summary>
/// Times questions one by one against a search, after a warm-up so JIT compilation is not counted, and the
/// process's CPU over them (all threads: a question may use more than one core, or less than the wall clock).
/// </summary>
public sealed record QuestionTiming(int Queries, double AnsweredShare, TimeSpan P50, TimeSpan P99, TimeSpan Max, TimeSpan CpuPerQuestion)
{
    internal static QuestionTiming Run(ITalkSearch search, IReadOnlyList<string> warmUp, IReadOnlyList<string> questions, int top)
    {
        foreach (var question in warmUp)
            search.Search(question, top);
        // Measure the steady state, not the collection of what building left behind.
        GC.Collect();

        var latencies = new double[questions.Count];
        var answered = 0;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var i = 0; i < questions.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            answered += search.Search(questions[i], top).Hits.Count > 0 ? 1 : 0;
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        process.Refresh();
        Array.Sort(latencies);
        return new QuestionTiming(
            questions.Count, (double)answered / Math.Max(1, questions.Count),
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), TimeSpan.FromMilliseconds(latencies.LastOrDefault()),
            (process.TotalProcessorTime - cpu) / Math.Max(1, questions.Count));
    }

    private static TimeSpan Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(sorted[(int)Math.Ceiling(share * sorted.Length) - 1]);
}
