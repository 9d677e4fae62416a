namespace ConfBot.Slack.Interactions;

/// <summary>
/// Handles a global shortcut registered by callback id (<see cref="ISlackBuilder.AddShortcutHandler{THandler}(string)"/>).
/// Runs after the ack; open a modal with <see cref="ShortcutRequest.TriggerId"/> at once, as it expires 3 s after the click.
/// </summary>
public interface IShortcutHandler
{
    Task Handle(ShortcutRequest request, CancellationToken cancellationToken);
}
