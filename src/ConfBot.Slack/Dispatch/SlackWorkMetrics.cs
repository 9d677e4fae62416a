using System.Diagnostics.Metrics;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Dispatch;

/// <summary>Background work by outcome on the <see cref="SlackApiMetrics.MeterName"/> meter: Slack never sees it fail.</summary>
internal sealed class SlackWorkMetrics(IMeterFactory meters) : ISlackWorkObserver
{
    private readonly Counter<long> _finished = meters.Create(SlackApiMetrics.MeterName).CreateCounter<long>(
        "confbot.slack.work.items", description: "Slack work run after the ack (event and block action handlers, late command replies) by outcome");

    public void OnFinished(SlackWorkItem item, SlackWorkOutcome outcome) =>
        _finished.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
        {
            SlackWorkOutcome.Completed => "completed",
            SlackWorkOutcome.Failed => "failed",
            _ => "abandoned",
        }));
}
