namespace ConfBot.Slack.Commands;

/// <summary>Answers the app's slash command (<see cref="SlackOptions.CommandName"/>).</summary>
public interface ISlashCommandHandler
{
    /// <summary>
    /// Returns the reply, or null for a silent ack. A reply ready within <see cref="SlackOptions.CommandAckDeadline"/>
    /// becomes the ack body; a later one is posted to <see cref="SlashCommand.ResponseUrl"/> automatically.
    /// </summary>
    Task<SlashCommandResponse?> Handle(SlashCommand command, CancellationToken cancellationToken);
}
