using ConfBot.Bot.Checklist;
using ConfBot.Bot.Digests;
using ConfBot.Bot.Home;
using ConfBot.Bot.Replies;
using ConfBot.Core.State;

namespace ConfBot.Bot.Actions;

/// <summary>
/// "I'll take it", "Done" and "Reopen": records the move for the clicker, then redraws what the button was in (a
/// digest, an <c>actions</c> listing, or the Home tab) so everyone sees who has it.
/// </summary>
internal sealed class ChecklistAction(IActionPointStateStore states, ActionPointBoard board, DigestRedraw digests, HomePage home, TimeProvider time) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [ChecklistActions.Claim, ChecklistActions.Done, ChecklistActions.Reopen];

    public async Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken)
    {
        // A value from an older ConfBot, or not ours at all, is ignored rather than guessed at.
        if (ChecklistValue.Decode(click.Value) is not var (message, actionPointId))
            return null;
        var user = click.Context.UserId;
        var now = time.GetUtcNow();
        await (click.ActionId switch
        {
            ChecklistActions.Claim => states.ClaimAsync(actionPointId, user, now, cancellationToken),
            ChecklistActions.Done => states.CompleteAsync(actionPointId, user, now, cancellationToken),
            _ => states.ReopenAsync(actionPointId, user, now, cancellationToken),
        });
        return await RedrawAsync(click.Context, message, cancellationToken);
    }

    private async Task<BotResponse?> RedrawAsync(BotContext context, ChecklistMessage message, CancellationToken cancellationToken)
    {
        if (message is HomeChecklist || context.Surface == BotSurface.Home)
            return new BotResponse(await home.RenderAsync(context, cancellationToken), ReplyDelivery.Home);
        BotReply? reply = message switch
        {
            DigestChecklist shown when context.ChannelId is { } channel && await digests.RebuildAsync(channel, shown, cancellationToken) is { } digest => DigestReply.Render(digest),
            ListChecklist list => ActionListReply.Render(list.Filter, list.Query, await board.RowsAsync(list.ActionPointIds, cancellationToken), list.ActionPointIds.Count),
            _ => null,
        };
        // A digest whose talk left the notes keeps its old look; the new state shows in the next listing.
        return reply is null ? null : new BotResponse(reply, ReplyDelivery.ReplaceOriginal);
    }
}
