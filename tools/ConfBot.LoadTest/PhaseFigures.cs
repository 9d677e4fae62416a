namespace ConfBot.LoadTest;

/// <summary>
/// One phase's numbers as reported and saved: latency, throughput, the server's CPU per completed request and cores
/// used (its CPU seconds over the phase's wall seconds), and the cores the generator and everything else used.
/// </summary>
internal sealed record PhaseFigures(
    int Completed, int Failed, double Throughput, double P50Ms, double P99Ms, double MaxMs, double CpuUsPerRequest, double Cores,
    double GeneratorCores, double OtherCores)
{
    public static PhaseFigures From(RunResult run, CpuSnapshot cpu) => new(
        run.Completed,
        run.Failures,
        run.Throughput,
        run.Percentile(0.5),
        run.Percentile(0.99),
        run.Max,
        cpu.Server.TotalMicroseconds / Math.Max(1, run.Completed),
        cpu.Server / run.Elapsed,
        cpu.Generator / run.Elapsed,
        cpu.Others / run.Elapsed);
}
