namespace ConfBot.Slack.Interactions;

/// <summary>Handles the cancelling of modals with one callback id that asked for <c>notify_on_close</c>; runs after the ack.</summary>
public interface IViewClosedHandler
{
    Task Handle(ViewClosedRequest request, CancellationToken cancellationToken);
}
