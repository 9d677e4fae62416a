using ConfBot.Bot.Actions;
using ConfBot.Bot.Slack.Forms;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Responding;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>A click on one of the bot's buttons: run by its <see cref="IBotAction"/>, the reply delivered where it asks, or the form it asks for opened.</summary>
internal sealed class ButtonSurface(BotActions actions, SlackContexts contexts, SlackReplies replies, ISlackApiClient slack, FormModals modals) : IBlockActionHandler
{
    public async Task Handle(BlockActionRequest request, BlockAction action, CancellationToken cancellationToken)
    {
        if (await actions.RunAsync(new BotClick(action.ActionId, action.Value, contexts.For(request)) { MessageId = request.Container?.MessageTs }, cancellationToken) is not { } response)
            return;
        var target = ReplyTarget.Of(request);
        // A form (editing a note, saying what was missing) opens with the click's own trigger; the reply is shown only if it cannot open.
        if (response.Reply.Form is { } form && await modals.TryOpenAsync(request.TriggerId, form, target.ChannelId, cancellationToken))
            return;
        var responder = replies.For(target);
        var message = BlockKitRenderer.Message(response.Reply);
        await (response.Delivery switch
        {
            ReplyDelivery.ToClicker => responder.RespondAsync(message, cancellationToken),
            ReplyDelivery.ToConversation => responder.SayAsync(message, cancellationToken),
            ReplyDelivery.ReplaceOriginal => responder.UpdateAsync(message, cancellationToken),
            _ => slack.PublishHomeViewAsync(request.User.Id, BlockKitRenderer.HomeView(response.Reply), cancellationToken: cancellationToken),
        });
    }
}
