namespace ConfBot.LoadTest;

/// <summary>What one phase measured: latencies of successful requests (ms), failures, and wall time.</summary>
internal sealed record RunResult(double[] LatenciesMs, int Failures, TimeSpan Elapsed)
{
    public int Completed => LatenciesMs.Length;

    public double Throughput => Completed / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
            return double.NaN;
        var sorted = LatenciesMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs.Max();
}
