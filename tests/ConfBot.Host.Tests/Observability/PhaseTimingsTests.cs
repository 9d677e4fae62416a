using System.Diagnostics;
using ConfBot.Core.Diagnostics;
using ConfBot.Observability;

namespace ConfBot.Host.Tests.Observability;

/// <summary><c>--timings</c> and the log line <c>serve</c> writes once started: where the time went, from the process's start.</summary>
public sealed class PhaseTimingsTests
{
    // Core's spans are listened to by name; a source of the same name stands in for Core's own.
    private static readonly ActivitySource Core = new(CoreActivities.SourceName);

    [Fact]
    public void Each_phase_is_named_with_what_it_worked_on_and_repeated_phases_are_summed()
    {
        using var timings = PhaseTimings.Start();
        using (Core.StartActivity(CoreActivities.ReadNotes)?.SetTag("notes", 5))
        {
        }
        for (var i = 0; i < 3; i++)
            using (Core.StartActivity(CoreActivities.Answer)) { }
        timings.Mark("services", TimeSpan.FromMilliseconds(120));

        var line = timings.Describe();

        Assert.StartsWith("timings: runtime start and command line ", line, StringComparison.Ordinal);
        Assert.Contains("read notes ", line, StringComparison.Ordinal);
        Assert.Contains(" s (5 notes)", line, StringComparison.Ordinal);
        Assert.Contains(" s (3 times)", line, StringComparison.Ordinal);
        Assert.Contains("services 0.120 s", line, StringComparison.Ordinal);
        Assert.EndsWith(" s since the process started", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_recorded_once_disposed()
    {
        var timings = PhaseTimings.Start();
        timings.Dispose();

        using (Core.StartActivity(CoreActivities.Answer)) { }

        Assert.DoesNotContain(CoreActivities.Answer, timings.Describe(), StringComparison.Ordinal);
    }
}
