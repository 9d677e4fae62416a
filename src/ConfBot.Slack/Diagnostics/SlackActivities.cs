using System.Diagnostics;

namespace ConfBot.Slack.Diagnostics;

/// <summary>
/// The adapter's spans: work run after the ack is a child of the request (or Socket Mode envelope) that queued it,
/// so one trace runs from Slack's request through the ack and the background work to the Web API call. Nothing is
/// recorded unless a tracer listens to <see cref="SourceName"/>.
/// </summary>
public static class SlackActivities
{
    public const string SourceName = "ConfBot.Slack";

    internal static ActivitySource Source { get; } = new(SourceName);
}
