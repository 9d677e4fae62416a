namespace ConfBot.Core.Search.Benchmarks;

/// <summary>What <see cref="SearchBenchmark"/> measured.</summary>
public sealed record BenchmarkReport(
    int Talks,
    bool TalksKept,
    TimeSpan GenerateTime,
    TimeSpan BuildTime,
    int Queries,
    double AnsweredShare,
    TimeSpan P50,
    TimeSpan P99,
    TimeSpan Max,
    long PeakWorkingSetBytes,
    long GcHeapBytes)
{
    public double TalksPerSecond => Talks / BuildTime.TotalSeconds;
}
