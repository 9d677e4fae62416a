using ConfBot.Slack.Interactions;

namespace ConfBot.Slack.Tests.TestSupport;

internal sealed class RecordingBlockActionHandler(HandlerLog log) : IBlockActionHandler
{
    /// <summary>The action id the test payloads' buttons and selects carry.</summary>
    public const string ActionId = "a";

    public Task Handle(BlockActionRequest request, BlockAction action, CancellationToken cancellationToken)
    {
        log.Record(request);
        return Task.CompletedTask;
    }
}
