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
        var columns = Columns(first.Rate);
        Console.WriteLine($"| Rep | Server | {string.Join(" | ", columns.Select(c => c.Header))} | Load average (1/5/15) |");
        Console.WriteLine($"|---|---|{string.Concat(columns.Select(_ => "---|"))}---|");
        for (var i = 0; i < confbot.Count; i++)
        {
            ServerRow($"{i + 1}", confbot[i].Server, columns.Select(c => c.Value(confbot[i])), columns, confbot[i].LoadAverage);
            ServerRow($"{i + 1}", bolt[i].Server, columns.Select(c => c.Value(bolt[i])), columns, bolt[i].LoadAverage);
        }

        ServerRow("median", confbot[0].Server, columns.Select(c => Median(confbot, c.Value)), columns, "");
        ServerRow("median", bolt[0].Server, columns.Select(c => Median(bolt, c.Value)), columns, "");
        Console.WriteLine();

        Console.WriteLine($"| Rep | ConfBot/Bolt: ready time | first burst p99 | saturation throughput | CPU per request at saturation | CPU per request at {first.Rate}/s |");
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
        var burstMet = confbot.All(r => r.Phases[PhaseKind.FirstBurst] is { Failed: 0, P99Ms: <= Targets.FirstBurstP99TargetMs });
        Console.WriteLine(Invariant($"**CPU per answered command at saturation, ConfBot/Bolt: {median.Cpu:F2}** (median of {ratios.Count} repetitions; target ≤ {CpuRatioTarget:F2}): {(cpuMet ? "met" : "MISSED")}"));
        Console.WriteLine(Invariant($"ConfBot first burst, worst repetition: p99 {worstBurst.P99Ms:F0} ms, max {worstBurst.MaxMs:F0} ms, {worstBurst.Failed} failed (target ≤ {Targets.FirstBurstP99TargetMs:F0} ms, none failed): {(burstMet ? "met" : "MISSED")}"));
        return cpuMet && burstMet;
    }

    // Cores taken by the generator and other work show how far a run was starved by a shared machine.
    private static List<Column> Columns(int rate) =>
    [
        new("Ready s", "F2", r => r.ReadySeconds),
        new("First burst p50 ms", "F2", r => r.Phases[PhaseKind.FirstBurst].P50Ms),
        new("First burst p99 ms", "F1", r => r.Phases[PhaseKind.FirstBurst].P99Ms),
        new("First burst failed", "F0", r => r.Phases[PhaseKind.FirstBurst].Failed),
        new("Other cores in first burst", "F2", r => r.Phases[PhaseKind.FirstBurst].OtherCores),
        new($"CPU µs/req at {rate}/s", "F0", r => r.Phases[PhaseKind.CommandsAtRate].CpuUsPerRequest),
        new("Saturation req/s", "F0", r => r.Phases[PhaseKind.CommandsMax].Throughput),
        new("CPU µs/req at saturation", "F0", r => r.Phases[PhaseKind.CommandsMax].CpuUsPerRequest),
        new("Server cores at saturation", "F2", r => r.Phases[PhaseKind.CommandsMax].Cores),
        new("Other cores at saturation", "F2", r => r.Phases[PhaseKind.CommandsMax].OtherCores),
    ];

    private static void ServerRow(string rep, string server, IEnumerable<double> values, List<Column> columns, string loadAverage) =>
        Console.WriteLine($"| {rep} | {server} | {string.Join(" | ", values.Zip(columns, (v, c) => v.ToString(c.Format, CultureInfo.InvariantCulture)))} | {loadAverage} |");

    private static void RatioRow(string rep, Ratios r) =>
        Console.WriteLine(Invariant($"| {rep} | {r.Ready:F2} | {r.FirstBurstP99:F2} | {r.Throughput:F2} | **{r.Cpu:F2}** | {r.CpuAtRate:F2} |"));

    private static double Median<T>(IEnumerable<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Column(string Header, string Format, Func<RunSummary, double> Value);

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
