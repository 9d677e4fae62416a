using ConfBot.Bench.Corpus;
using ConfBot.Bench.Search;

namespace ConfBot.Core.Tests.Search;

public sealed class SearchBenchmarkTests
{
    [Fact]
    public void Talks_made_on_demand_are_the_talks_kept_in_memory()
    {
        var corpus = new SyntheticCorpus(seed: 7);

        var kept = corpus.Talks(50);
        var lazy = corpus.Lazy(50);

        Assert.Equal(kept.Select(t => (t.Title, t.Summary, string.Join("|", t.KeyPoints))), lazy.Select(t => (t.Title, t.Summary, string.Join("|", t.KeyPoints))));
    }

    [Fact]
    public void Reports_build_speed_latency_and_memory_for_a_mix_of_questions()
    {
        var report = SearchBenchmark.Run(talkCount: 3_000, queryCount: 200);

        Assert.Equal(3_000, report.Talks);
        Assert.True(report.TalksPerSecond > 0);
        Assert.InRange(report.Questions.P50, TimeSpan.Zero, report.Questions.P99);
        Assert.InRange(report.Questions.AnsweredShare, 0.5, 0.95);
        Assert.True(report.PeakWorkingSetBytes > 0 && report.GcHeapBytes > 0);
    }
}
