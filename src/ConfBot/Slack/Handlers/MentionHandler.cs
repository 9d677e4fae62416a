using System.Text.RegularExpressions;
using ConfBot.Checklist;
using ConfBot.Slack.Events;
using ConfBot.Slack.Identity;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;
using ConfBot.Slack.Requests;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Handlers;

/// <summary><c>@ConfBot question</c> in a channel: answered in a thread under the question, for everyone there.</summary>
internal sealed partial class MentionHandler(ConfBotReplies replies, ActionPointListing actions, ISlackApiClient slack, ISlackBotIdentity identity) : IEventHandler<AppMention>
{
    public async Task Handle(AppMention mention, CancellationToken cancellationToken)
    {
        var request = BotRequestParser.Parse(WithoutMention(mention.Text));
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

    /// <summary>Drops the bot's own mention wherever it is; other people's mentions stay part of the question.</summary>
    internal string WithoutMention(string text) =>
        identity.Current?.UserId is { } bot
            ? text.Replace($"<@{bot}>", " ", StringComparison.Ordinal)
            : LeadingMention().Replace(text, " ", 1);

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex LeadingMention();
}
