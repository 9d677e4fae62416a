using ConfBot.Bot.Answers;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Actions;

/// <summary>"Share in channel": the same page posted again for everyone, crediting who shared it.</summary>
internal sealed class ShareAction(CommandTable commands) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [AnswerActions.ShareInChannel];

    public async Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken)
    {
        if (PageState.Decode(click.Value, commands.Parse) is not { } page)
            return null;
        var shared = click.Context with { Private = false, SharedBy = click.Context.UserId };
        return new BotResponse(await commands.RunAsync(page, shared, cancellationToken), ReplyDelivery.ToConversation);
    }
}
