using ConfBot.Slack.Events;

namespace ConfBot.Slack.Tests.TestSupport;

internal sealed class RecordingEventHandler<TEvent>(HandlerLog log) : IEventHandler<TEvent>
    where TEvent : SlackEvent
{
    public Task Handle(TEvent slackEvent, CancellationToken cancellationToken)
    {
        log.Record(slackEvent);
        return Task.CompletedTask;
    }
}
