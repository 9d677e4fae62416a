namespace ConfBot.Slack.Interactions;

/// <summary>
/// Handles a message shortcut registered by callback id (<see cref="ISlackBuilder.AddMessageShortcutHandler{THandler}(string)"/>).
/// Runs after the ack; the trigger id expires 3 s after the click.
/// </summary>
public interface IMessageShortcutHandler
{
    Task Handle(MessageShortcutRequest request, CancellationToken cancellationToken);
}
