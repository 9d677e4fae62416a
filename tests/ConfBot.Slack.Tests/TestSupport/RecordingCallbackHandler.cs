using ConfBot.Slack.Interactions;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Records every shortcut, message shortcut and closed modal routed to it.</summary>
internal sealed class RecordingCallbackHandler(HandlerLog log) : IShortcutHandler, IMessageShortcutHandler, IViewClosedHandler
{
    public Task Handle(ShortcutRequest request, CancellationToken cancellationToken) => Record(request);

    public Task Handle(MessageShortcutRequest request, CancellationToken cancellationToken) => Record(request);

    public Task Handle(ViewClosedRequest request, CancellationToken cancellationToken) => Record(request);

    private Task Record(CallbackInteraction request)
    {
        log.Record(request);
        return Task.CompletedTask;
    }
}
