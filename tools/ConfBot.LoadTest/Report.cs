using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>Prints the phases as a Markdown table (pasted into the README) and checks them against the targets.</summary>
internal static class Report
{
    private const double P99TargetMs = 20;
    private const double ThroughputRatioTarget = 0.70;

    public static void Print(LoadSettings settings, RunResult cold, RunResult commands, RunResult healthz, RunResult commandsMax, RunResult healthzMax, ServerAckLatency server)
    {
        Console.WriteLine($"confbot serve on 127.0.0.1, {Environment.ProcessorCount} cores, {settings.Seconds} s per phase, {settings.Connections} connections");
        // Other work on a shared machine skews every number here, so the report says how busy the machine was.
        Console.WriteLine($"load average (1/5/15 min) at the end: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Phase | Endpoint | Requests | Failed | Throughput (req/s) | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Row(cold with { Name = $"{cold.Name}, first burst" }, "/slack/commands (signed)");
        Row(commands, "/slack/commands (signed)");
        Row(healthz, "/healthz");
        Row(commandsMax, "/slack/commands (signed)");
        Row(healthzMax, "/healthz");
        Console.WriteLine();
        Console.WriteLine(Invariant($"Slash command throughput at saturation: {Ratio(commandsMax, healthzMax):P0} of /healthz (target ≥ {ThroughputRatioTarget:P0})"));
        Console.WriteLine(Invariant($"Slash command p99 at {settings.Rate}/s: {commands.Percentile(0.99):F1} ms (target ≤ {P99TargetMs} ms)"));
        Console.WriteLine(Invariant($"Server-side: {server.Within20Ms / Math.Max(1, server.Count):P2} of {server.Count:F0} slash command acks took ≤ 20 ms (confbot_slack_ack_seconds)"));
        Console.WriteLine(Invariant($"Server-side means: ack {server.MeanAckMs:F2} ms, of which answering the question {server.MeanAnswerMs:F2} ms (confbot_answer_seconds)"));
    }

    public static bool MeetsTargets(RunResult commands, RunResult commandsMax, RunResult healthzMax) =>
        commands.Failures == 0 && commands.Percentile(0.99) <= P99TargetMs && Ratio(commandsMax, healthzMax) >= ThroughputRatioTarget;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Ratio(RunResult commandsMax, RunResult healthzMax) => commandsMax.Throughput / healthzMax.Throughput;

    private static void Row(RunResult run, string endpoint) =>
        Console.WriteLine(Invariant(
            $"| {run.Name} | {endpoint} | {run.Completed} | {run.Failures} | {run.Throughput:F0} | {run.Percentile(0.5):F2} | {run.Percentile(0.99):F2} | {run.Max:F1} |"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
