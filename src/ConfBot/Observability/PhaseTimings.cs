using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ConfBot.Core.Diagnostics;

namespace ConfBot.Observability;

/// <summary>
/// Where a run's time goes: each of Core's spans (<see cref="CoreActivities"/>) as it ends, plus the phases the host
/// marks itself, measured from the start of the process so the runtime's own start-up is in the total too.
/// What <c>--timings</c> prints and <c>serve</c> logs once ready.
/// </summary>
internal sealed class PhaseTimings : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Phase> _phases = new();
    private readonly DateTime _processStart;

    private PhaseTimings()
    {
        using (var process = Process.GetCurrentProcess())
            _processStart = process.StartTime.ToUniversalTime();
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is CoreActivities.SourceName or HostActivities.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => _phases.Enqueue(new Phase(activity.DisplayName, activity.Duration, Detail(activity))),
        };
        ActivitySource.AddActivityListener(_listener);
        // What happened before anyone listened: the runtime starting, configuration and parsing the command line.
        _phases.Enqueue(new Phase("runtime start and command line", SinceProcessStart, null));
    }

    /// <summary>Starts listening; the time since the process started is the first phase.</summary>
    public static PhaseTimings Start() => new();

    public TimeSpan SinceProcessStart => DateTime.UtcNow - _processStart;

    /// <summary>A phase of the host's own, e.g. building its services.</summary>
    public void Mark(string name, TimeSpan duration) => _phases.Enqueue(new Phase(name, duration, null));

    /// <summary>One line: each phase in the order it first ended (a phase that ran many times summed, with its count), then the total.</summary>
    public string Describe()
    {
        var phases = _phases.GroupBy(p => p.Name).Select(g => g.Count() == 1
            ? Invariant($"{g.Key} {g.First().Duration.TotalSeconds:F3} s{(g.First().Detail is null ? "" : $" ({g.First().Detail})")}")
            : Invariant($"{g.Key} {g.Sum(p => p.Duration.TotalSeconds):F3} s ({g.Count()} times)"));
        return $"timings: {string.Join(" · ", phases)} · total {Invariant($"{SinceProcessStart.TotalSeconds:F3}")} s since the process started";
    }

    /// <summary>The same as <see cref="Describe"/>, so a log line formats it only when written.</summary>
    public override string ToString() => Describe();

    public void Dispose() => _listener.Dispose();

    private static string? Detail(Activity activity)
    {
        var tags = activity.TagObjects.Select(t => Invariant($"{t.Value} {t.Key.Replace('_', ' ')}")).ToList();
        return tags.Count == 0 ? null : string.Join(", ", tags);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Phase(string Name, TimeSpan Duration, string? Detail);
}
