using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>Prints one server's run as a Markdown table (pasted into the README), with ConfBot's targets when it is ConfBot.</summary>
internal static class Report
{
    public static void Print(RunSummary run, IReadOnlyList<(string Line, bool Met)> targets, ServerAckLatency? server)
    {
        Console.WriteLine($"{run.Server} on 127.0.0.1, {Environment.ProcessorCount} cores, {run.Seconds} s per phase, {run.Connections} connections");
        Console.WriteLine(Invariant($"Spawn → ready: {run.ReadySeconds:F2} s"));
        Console.WriteLine($"Load average (1/5/15 min) at the end: {run.LoadAverage}");
        Console.WriteLine();
        Console.WriteLine("| Phase | Endpoint | Requests | Failed | Throughput (req/s) | p50 ms | p99 ms | max ms | server CPU µs/req | server cores | generator cores | other cores |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var kind in Enum.GetValues<PhaseKind>())
            Row(Label(kind, run), Endpoint(kind), run.Phase(kind));
        Console.WriteLine();
        foreach (var (line, met) in targets)
            Console.WriteLine($"{line}: {(met ? "met" : "MISSED")}");
        if (server is not null)
        {
            Console.WriteLine(Invariant($"Server-side: {server.Within20Ms / Math.Max(1, server.Count):P2} of {server.Count:F0} slash command acks took ≤ 20 ms (confbot_slack_ack_seconds)"));
            Console.WriteLine(Invariant($"Server-side means: ack {server.MeanAckMs:F2} ms, of which answering the question {server.MeanAnswerMs:F2} ms (confbot_answer_seconds)"));
        }
    }

    public static string Label(PhaseKind kind, RunSummary run) => kind switch
    {
        PhaseKind.FirstBurst => $"{run.Rate}/s offered, first burst from ready",
        PhaseKind.CommandsAtRate or PhaseKind.HealthzAtRate => $"{run.Rate}/s offered",
        _ => $"saturation, {run.Connections} connections",
    };

    private static string Endpoint(PhaseKind kind) =>
        kind is PhaseKind.HealthzAtRate or PhaseKind.HealthzMax ? "/healthz" : "slash command (signed)";

    // A phase the server cannot take (Bolt has no /healthz) or that was left out is shown, not dropped, so tables
    // from different runs keep the same rows.
    private static void Row(string label, string endpoint, PhaseFigures? phase) =>
        Console.WriteLine(phase is null
            ? $"| {label} | {endpoint} | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a |"
            : Invariant($"| {label} | {endpoint} | {phase.Completed} | {phase.Failed} | {phase.Throughput:F0} | {phase.P50Ms:F2} | {phase.P99Ms:F2} | {phase.MaxMs:F1} | {phase.CpuUsPerRequest:F0} | {phase.Cores:F2} | {phase.GeneratorCores:F2} | {phase.OtherCores:F2} |"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
