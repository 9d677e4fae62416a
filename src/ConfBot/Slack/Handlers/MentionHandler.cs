using ConfBot.Checklist;
using ConfBot.Slack.Events;
using ConfBot.Slack.Formatting;
using ConfBot.Slack.Identity;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;
using ConfBot.Slack.Requests;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Handlers;

/// <summary><c>@ConfBot question</c> in a channel: answered in a thread under the question, for everyone there.</summary>
internal sealed class MentionHandler(ConfBotReplies replies, ActionPointListing actions, ISlackApiClient slack, ISlackBotIdentity identity) : IEventHandler<AppMention>
{
    public async Task Handle(AppMention mention, CancellationToken cancellationToken)
    {
        var request = BotRequestParser.Parse(TypedText.ReadMention(mention.Text, identity.Current?.UserId));
        var reply = request.Kind == CommandKind.Actions
            ? await actions.ListAsync(request.Argument, mention.User, cancellationToken)
            : replies.Reply(new PageState(request, 0), shareable: false);
        await slack.PostMessageAsync(
            new ChatMessage
            {
                Channel = mention.Channel,
                Text = reply.Text,
                Blocks = reply.Blocks,
                ThreadTs = mention.ThreadTs ?? mention.Ts,
                UnfurlLinks = false,
            },
            cancellationToken);
    }
}
