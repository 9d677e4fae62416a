using ConfBot.Bot.Actions;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Responding;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>A click on one of the bot's buttons: run by its <see cref="IBotAction"/>, the reply delivered where it asks.</summary>
internal sealed class ButtonSurface(BotActions actions, SlackContexts contexts, SlackReplies replies, ISlackApiClient slack) : IBlockActionHandler
{
    public async Task Handle(BlockActionRequest request, BlockAction action, CancellationToken cancellationToken)
    {
        if (await actions.RunAsync(new BotClick(action.ActionId, action.Value, contexts.For(request)) { MessageId = request.Container?.MessageTs }, cancellationToken) is not { } response)
            return;
        var responder = replies.For(ReplyTarget.Of(request));
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
