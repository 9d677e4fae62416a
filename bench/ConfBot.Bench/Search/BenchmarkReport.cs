namespace ConfBot.Bench.Search;

/// <summary>What <see cref="SearchBenchmark"/> measured.</summary>
public sealed record BenchmarkReport(
    int Talks,
    bool TalksKept,
    TimeSpan GenerateTime,
    TimeSpan BuildTime,
    QuestionTiming Questions,
    long PeakWorkingSetBytes,
    long GcHeapBytes)
{
    public double TalksPerSecond => Talks / BuildTime.TotalSeconds;

    /// <summary>The index's own speed: with talks made on demand, the build also regenerates them, which is not indexing work.</summary>
    public double IndexingTalksPerSecond => Talks / (TalksKept ? BuildTime : BuildTime - GenerateTime).TotalSeconds;
}
