namespace ConfBot.Bot.Actions;

/// <summary>What a button of the bot's does when clicked. Register it with <c>AddBotAction</c>; each action id has one action.</summary>
public interface IBotAction
{
    /// <summary>The action ids of the buttons this action answers.</summary>
    IReadOnlyList<string> ActionIds { get; }

    /// <summary>The reply and where it goes; null when the click asks for nothing (a stale or foreign value).</summary>
    Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken);
}
