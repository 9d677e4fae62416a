using ConfBot.Slack.Interactions;

namespace ConfBot.Slack.Tests.TestSupport;

internal sealed class RecordingBlockActionHandler(HandlerLog log) : IBlockActionHandler
{
    public Task Handle(BlockActionRequest request, CancellationToken cancellationToken)
    {
        log.Record(request);
        return Task.CompletedTask;
    }
}
