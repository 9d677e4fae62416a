using ConfBot.Checklist;
using ConfBot.Slack.Events;
using ConfBot.Slack.Formatting;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;
using ConfBot.Slack.Requests;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Handlers;

/// <summary>A direct message to ConfBot: the same answers as the slash command, posted into the DM.</summary>
internal sealed class DirectMessageHandler(ConfBotReplies replies, ActionPointListing actions, ISlackApiClient slack) : IEventHandler<MessageEvent>
{
    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase) { "help", "hi", "hello", "hey" };

    public async Task Handle(MessageEvent message, CancellationToken cancellationToken)
    {
        if (!message.IsDirectMessage)
            return;

        var typed = TypedText.Read(message.Text);
        var request = BotRequestParser.Parse(typed);
        var reply = Greetings.Contains(typed.TrimEnd('!', '.', '?')) || typed.Length == 0
            ? HelpBlocks.Welcome()
            : request.Kind == CommandKind.Actions
                ? await actions.ListAsync(request.Argument, message.User, cancellationToken)
                : replies.Reply(new PageState(request, 0), shareable: false);
        await slack.PostMessageAsync(
            new ChatMessage { Channel = message.Channel, Text = reply.Text, Blocks = reply.Blocks, ThreadTs = message.ThreadTs, UnfurlLinks = false },
            cancellationToken);
    }
}
