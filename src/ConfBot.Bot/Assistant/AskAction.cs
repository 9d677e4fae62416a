using ConfBot.Bot.Actions;
using ConfBot.Bot.Commands;

namespace ConfBot.Bot.Assistant;

/// <summary>A suggested prompt's button: asks its message as if the clicker had typed it, answered in the conversation.</summary>
internal sealed class AskAction(CommandTable commands) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [AssistantActions.Ask];

    public async Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(click.Value) ? null
            : new BotResponse(await commands.AnswerAsync(click.Value, click.Context, cancellationToken), ReplyDelivery.ToConversation);
}
