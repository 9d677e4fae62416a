namespace ConfBot.Bot.Actions;

/// <summary>A click on one of the bot's buttons: which, the value the button carried, and who clicked where.</summary>
/// <param name="Context">The clicker and conversation; <see cref="BotContext.Private"/> when only they saw the message.</param>
public sealed record BotClick(string ActionId, string? Value, BotContext Context)
{
    /// <summary>The message the button was in (in Slack its timestamp), when the surface knows it.</summary>
    public string? MessageId { get; init; }
}
