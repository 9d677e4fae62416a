using ConfBot.Bot.Commands;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.Events;
using ConfBot.Slack.Formatting;
using ConfBot.Slack.Identity;
using ConfBot.Slack.Responding;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary><c>@ConfBot question</c> in a channel: answered in a thread under the question, for everyone there.</summary>
internal sealed class MentionSurface(CommandTable commands, SlackContexts contexts, SlackReplies replies, ISlackBotIdentity identity) : IEventHandler<AppMention>
{
    public async Task Handle(AppMention mention, CancellationToken cancellationToken)
    {
        var typed = TypedText.ReadMention(mention.Text, identity.Current?.UserId);
        var reply = await commands.AnswerAsync(typed, contexts.For(mention.User, mention.Channel, BotSurface.Mention), cancellationToken);
        var target = new ReplyTarget(mention.User, mention.Channel, ThreadTs: mention.ThreadTs ?? mention.Ts);
        await replies.For(target).SayAsync(BlockKitRenderer.Message(reply), cancellationToken);
    }
}
