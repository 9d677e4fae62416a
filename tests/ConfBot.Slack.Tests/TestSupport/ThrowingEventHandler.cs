using ConfBot.Slack.Events;

namespace ConfBot.Slack.Tests.TestSupport;

internal sealed class ThrowingEventHandler : IEventHandler<MessageEvent>
{
    public Task Handle(MessageEvent slackEvent, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("handler bug");
}
