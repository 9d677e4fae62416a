namespace ConfBot.LoadTest;

/// <summary>
/// One phase's numbers as reported and saved: latency, throughput, and the server's CPU per completed request and
/// cores used (its CPU seconds over the phase's wall seconds).
/// </summary>
internal sealed record PhaseFigures(
    int Completed, int Failed, double Throughput, double P50Ms, double P99Ms, double MaxMs, double CpuUsPerRequest, double Cores)
{
    public static PhaseFigures From(RunResult run, TimeSpan serverCpu) => new(
        run.Completed,
        run.Failures,
        run.Throughput,
        run.Percentile(0.5),
        run.Percentile(0.99),
        run.Max,
        serverCpu.TotalMicroseconds / Math.Max(1, run.Completed),
        serverCpu / run.Elapsed);
}
