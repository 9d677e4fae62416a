using ConfBot.Slack.Events;
using ConfBot.Slack.Formatting;
using ConfBot.Slack.Identity;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// A reply in a channel thread that is ConfBot's — its own answer is the parent, or it answered in the thread — is
/// answered there without a new @mention. Other people's threads are not ConfBot's business; a reply that mentions
/// ConfBot is answered as a mention, so not twice; direct messages have their own surface. A reply nothing in the
/// notes answers ("thanks!") gets no reply, since nobody asked ConfBot.
/// </summary>
internal sealed class ThreadReplySurface(ThreadedAnswers answers, ISlackBotIdentity identity) : IEventHandler<MessageEvent>
{
    public async Task Handle(MessageEvent message, CancellationToken cancellationToken)
    {
        if (message.IsDirectMessage || message.ThreadTs is not { } thread || identity.Current?.UserId is not { } self)
            return;
        if (TypedText.Mentions(message.Text, self))
            return;
        var last = await answers.LastAsync(message.Channel, thread, cancellationToken);
        if (last is null && message.ParentUserId != self)
            return;
        await answers.AnswerAsync(TypedText.Read(message.Text), message.User, message.Channel, thread, BotSurface.ThreadReply, last, quietWhenNothingFound: true, cancellationToken);
    }
}
