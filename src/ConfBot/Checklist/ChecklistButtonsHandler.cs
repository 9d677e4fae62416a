using ConfBot.Core.State;
using ConfBot.Digests;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Replies;
using ConfBot.Slack.WebApi;

namespace ConfBot.Checklist;

/// <summary>
/// "I'll take it", "Done" and "Reopen": records the move for the clicker, then redraws the message the button was in
/// (a digest, an <c>actions</c> listing, or the Home tab) so everyone sees who has it.
/// </summary>
internal sealed class ChecklistButtonsHandler(
    IActionPointStateStore states,
    ActionPointBoard board,
    DigestRedraw digests,
    HomeTab home,
    ISlackApiClient slack,
    TimeProvider time) : IBlockActionHandler
{
    public async Task Handle(BlockActionRequest request, BlockAction action, CancellationToken cancellationToken)
    {
        // A value from an older ConfBot, or not ours at all, is ignored rather than guessed at.
        if (ChecklistValue.Decode(action.Value) is not { } decoded)
            return;
        var (message, actionPointId) = decoded;
        var user = request.User.Id;
        var now = time.GetUtcNow();
        await (action.ActionId switch
        {
            ChecklistActions.Claim => states.ClaimAsync(actionPointId, user, now, cancellationToken),
            ChecklistActions.Done => states.CompleteAsync(actionPointId, user, now, cancellationToken),
            _ => states.ReopenAsync(actionPointId, user, now, cancellationToken),
        });
        await RedrawAsync(request, message, cancellationToken);
    }

    private async Task RedrawAsync(BlockActionRequest request, ChecklistMessage message, CancellationToken cancellationToken)
    {
        if (message is HomeChecklist || request.Container?.Type == "view")
        {
            await home.PublishAsync(request.User.Id, cancellationToken);
            return;
        }
        var reply = message switch
        {
            DigestChecklist shown when Channel(request) is { } channel && await digests.RebuildAsync(channel, shown, cancellationToken) is { } digest => DigestBlocks.Render(digest),
            ListChecklist list => ActionListBlocks.Render(list.Filter, list.Query, await board.RowsAsync(list.ActionPointIds, cancellationToken), list.ActionPointIds.Count),
            _ => null,
        };
        // A digest whose talk left the notes keeps its old look; the new state shows in the next listing.
        if (reply is not null)
            await ReplaceAsync(request, reply, cancellationToken);
    }

    /// <summary>Through the response_url when there is one (the only way to change an ephemeral message), else chat.update.</summary>
    private Task ReplaceAsync(BlockActionRequest request, BotReply reply, CancellationToken cancellationToken)
    {
        if (request.ResponseUrl is { } url)
            return slack.RespondAsync(url, new SlashCommandResponse { ReplaceOriginal = true, Text = reply.Text, Blocks = reply.Blocks }, cancellationToken);
        return Channel(request) is { } channel && request.Container?.MessageTs is { } ts
            ? slack.UpdateMessageAsync(new MessageUpdate { Channel = channel, Ts = ts, Text = reply.Text, Blocks = reply.Blocks }, cancellationToken)
            : Task.CompletedTask;
    }

    private static string? Channel(BlockActionRequest request) => request.Container?.ChannelId ?? request.Channel?.Id;
}
