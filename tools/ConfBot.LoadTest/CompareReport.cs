using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>
/// ConfBot and a minimal Bolt app side by side, from the summaries of runs made one server alone each: per
/// repetition and as medians, then the ratios ConfBot/Bolt. The headline is CPU per answered command at saturation,
/// which on shared cores says more than throughput (a server may buy throughput with a second core).
/// </summary>
internal static class CompareReport
{
    private const double CpuRatioTarget = 1.0;
    private const double FirstBurstP99TargetMs = 1000;

    /// <summary>Prints the comparison; true when ConfBot met the CPU ratio and first-burst targets.</summary>
    public static bool Print(IReadOnlyList<RunSummary> runs)
    {
        var confbot = runs.Where(r => r.Server != BoltServer.Name).ToList();
        var bolt = runs.Where(r => r.Server == BoltServer.Name).ToList();
        if (confbot.Count == 0 || confbot.Count != bolt.Count)
            throw new InvalidDataException($"need as many ConfBot runs as Bolt runs, got {confbot.Count} and {bolt.Count}");
        var first = confbot[0];
        Console.WriteLine(Invariant($"Each server alone on 127.0.0.1, {Environment.ProcessorCount} cores shared with the generator; first burst: {first.Rate} signed slash commands/s for {first.Seconds} s from ready; saturation: {first.Connections} connections for {first.Seconds} s."));
        Console.WriteLine();
        Console.WriteLine($"| Rep | Server | Ready s | First burst p50 ms | First burst p99 ms | First burst failed | CPU µs/req at {first.Rate}/s | Saturation req/s | CPU µs/req at saturation | Cores at saturation | Load average (1/5/15) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        for (var i = 0; i < confbot.Count; i++)
        {
            ServerRow($"{i + 1}", confbot[i]);
            ServerRow($"{i + 1}", bolt[i]);
        }

        MedianRow(confbot);
        MedianRow(bolt);
        Console.WriteLine();

        Console.WriteLine($"| Rep | Ready | First burst p99 | Saturation throughput | CPU per request at saturation | CPU per request at {first.Rate}/s |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var ratios = confbot.Zip(bolt, Ratios.Of).ToList();
        for (var i = 0; i < ratios.Count; i++)
            RatioRow($"{i + 1}", ratios[i]);
        var median = new Ratios(
            Median(ratios, r => r.Ready), Median(ratios, r => r.FirstBurstP99), Median(ratios, r => r.Throughput), Median(ratios, r => r.Cpu), Median(ratios, r => r.CpuAtRate));
        RatioRow("median", median);
        Console.WriteLine();

        var cpuMet = median.Cpu <= CpuRatioTarget;
        var worstBurst = confbot.Select(r => r.Phases[PhaseKind.FirstBurst]).MaxBy(p => p.P99Ms)!;
        var burstMet = confbot.All(r => r.Phases[PhaseKind.FirstBurst] is { Failed: 0, P99Ms: <= FirstBurstP99TargetMs });
        Console.WriteLine(Invariant($"**CPU per answered command at saturation, ConfBot/Bolt: {median.Cpu:F2}** (median of {ratios.Count} repetitions; target ≤ {CpuRatioTarget:F2}): {(cpuMet ? "met" : "MISSED")}"));
        Console.WriteLine(Invariant($"ConfBot first burst, worst repetition: p99 {worstBurst.P99Ms:F0} ms, {worstBurst.Failed} failed (target ≤ {FirstBurstP99TargetMs:F0} ms, none failed): {(burstMet ? "met" : "MISSED")}"));
        return cpuMet && burstMet;
    }

    private static void ServerRow(string rep, RunSummary run)
    {
        var burst = run.Phases[PhaseKind.FirstBurst];
        var max = run.Phases[PhaseKind.CommandsMax];
        Console.WriteLine(Invariant(
            $"| {rep} | {run.Server} | {run.ReadySeconds:F2} | {burst.P50Ms:F2} | {burst.P99Ms:F1} | {burst.Failed} | {run.Phases[PhaseKind.CommandsAtRate].CpuUsPerRequest:F0} | {max.Throughput:F0} | {max.CpuUsPerRequest:F0} | {max.Cores:F2} | {run.LoadAverage} |"));
    }

    private static void MedianRow(List<RunSummary> runs)
    {
        PhaseFigures Burst(RunSummary r) => r.Phases[PhaseKind.FirstBurst];
        PhaseFigures Max(RunSummary r) => r.Phases[PhaseKind.CommandsMax];
        Console.WriteLine(Invariant(
            $"| median | {runs[0].Server} | {Median(runs, r => r.ReadySeconds):F2} | {Median(runs, r => Burst(r).P50Ms):F2} | {Median(runs, r => Burst(r).P99Ms):F1} | {Median(runs, r => Burst(r).Failed):F0} | {Median(runs, r => r.Phases[PhaseKind.CommandsAtRate].CpuUsPerRequest):F0} | {Median(runs, r => Max(r).Throughput):F0} | {Median(runs, r => Max(r).CpuUsPerRequest):F0} | {Median(runs, r => Max(r).Cores):F2} | |"));
    }

    private static void RatioRow(string rep, Ratios r) =>
        Console.WriteLine(Invariant($"| {rep} | {r.Ready:F2} | {r.FirstBurstP99:F2} | {r.Throughput:F2} | **{r.Cpu:F2}** | {r.CpuAtRate:F2} |"));

    private static double Median<T>(IEnumerable<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>ConfBot's figure over Bolt's, from one repetition (or the medians of those).</summary>
    private sealed record Ratios(double Ready, double FirstBurstP99, double Throughput, double Cpu, double CpuAtRate)
    {
        public static Ratios Of(RunSummary confbot, RunSummary bolt) => new(
            confbot.ReadySeconds / bolt.ReadySeconds,
            confbot.Phases[PhaseKind.FirstBurst].P99Ms / bolt.Phases[PhaseKind.FirstBurst].P99Ms,
            confbot.Phases[PhaseKind.CommandsMax].Throughput / bolt.Phases[PhaseKind.CommandsMax].Throughput,
            confbot.Phases[PhaseKind.CommandsMax].CpuUsPerRequest / bolt.Phases[PhaseKind.CommandsMax].CpuUsPerRequest,
            confbot.Phases[PhaseKind.CommandsAtRate].CpuUsPerRequest / bolt.Phases[PhaseKind.CommandsAtRate].CpuUsPerRequest);
    }
}
