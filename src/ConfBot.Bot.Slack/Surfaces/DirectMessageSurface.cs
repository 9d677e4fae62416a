using ConfBot.Bot.Commands;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.Events;
using ConfBot.Slack.Formatting;
using ConfBot.Slack.Responding;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>A direct message to ConfBot: the same answers as the slash command, posted into the DM (in its thread, if any).</summary>
internal sealed class DirectMessageSurface(CommandTable commands, SlackContexts contexts, SlackReplies replies) : IEventHandler<MessageEvent>
{
    public async Task Handle(MessageEvent message, CancellationToken cancellationToken)
    {
        if (!message.IsDirectMessage)
            return;
        var surface = message.ThreadTs is null ? BotSurface.DirectMessage : BotSurface.ThreadReply;
        var reply = await commands.AnswerAsync(TypedText.Read(message.Text), contexts.For(message.User, message.Channel, surface), cancellationToken);
        await replies.For(new ReplyTarget(message.User, message.Channel, ThreadTs: message.ThreadTs)).SayAsync(BlockKitRenderer.Message(reply), cancellationToken);
    }
}
