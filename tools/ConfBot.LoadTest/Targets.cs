using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>ConfBot's load targets (issues #9 and #14), each checked against a run and said in one line.</summary>
internal static class Targets
{
    public const double FirstBurstP99TargetMs = 1000;
    private const double P99TargetMs = 20;
    private const double ThroughputRatioTarget = 0.70;

    // A phase with no successes has NaN percentiles, which compare false with everything: it misses its target.
    public static IReadOnlyList<(string Line, bool Met)> Check(RunSummary run)
    {
        var firstBurst = run.Phases[PhaseKind.FirstBurst];
        var commands = run.Phases[PhaseKind.CommandsAtRate];
        var checks = new List<(string, bool)>
        {
            (Invariant($"First burst ({run.Rate}/s from ready) p99: {firstBurst.P99Ms:F1} ms, {firstBurst.Failed} failed (target ≤ {FirstBurstP99TargetMs} ms, none failed)"),
                firstBurst.Failed == 0 && firstBurst.P99Ms <= FirstBurstP99TargetMs),
            (Invariant($"Slash command p99 at {run.Rate}/s: {commands.P99Ms:F1} ms, {commands.Failed} failed (target ≤ {P99TargetMs} ms, none failed)"),
                commands.Failed == 0 && commands.P99Ms <= P99TargetMs),
        };
        if (run.Phase(PhaseKind.HealthzMax) is { } healthzMax)
        {
            var ratio = run.Phases[PhaseKind.CommandsMax].Throughput / healthzMax.Throughput;
            checks.Add((Invariant($"Slash command throughput at saturation: {ratio:P0} of /healthz (target ≥ {ThroughputRatioTarget:P0})"), ratio >= ThroughputRatioTarget));
        }

        return checks;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
