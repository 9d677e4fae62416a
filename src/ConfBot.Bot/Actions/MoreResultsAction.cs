using ConfBot.Bot.Answers;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Actions;

/// <summary>"More results": a private answer is replaced by its next page; a visible one gets the next page beside it.</summary>
internal sealed class MoreResultsAction(CommandTable commands) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [AnswerActions.MoreResults];

    public async Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken)
    {
        if (PageState.Decode(click.Value, commands.Parse) is not { } next)
            return null;
        var reply = await commands.RunAsync(next, click.Context, cancellationToken);
        return new BotResponse(reply, click.Context.Private ? ReplyDelivery.ReplaceOriginal : ReplyDelivery.ToConversation);
    }
}
