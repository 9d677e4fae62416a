using ConfBot.Slack.Events;
using ConfBot.Slack.Formatting;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// A direct message to ConfBot: the same answers as the slash command, posted into the DM (in its thread, if any); a
/// follow-up ("the second one", "more") refers to the last answer in that thread, or in the DM.
/// </summary>
internal sealed class DirectMessageSurface(ThreadedAnswers answers) : IEventHandler<MessageEvent>
{
    public async Task Handle(MessageEvent message, CancellationToken cancellationToken)
    {
        // Files alone are notes being shared (DirectMessageFileSurface); text typed with them is still a question.
        if (!message.IsDirectMessage || (message.Files is { Count: > 0 } && string.IsNullOrWhiteSpace(message.Text)))
            return;
        var surface = message.ThreadTs is null ? BotSurface.DirectMessage : BotSurface.ThreadReply;
        var last = await answers.LastAsync(message.Channel, message.ThreadTs, cancellationToken);
        await answers.AnswerAsync(TypedText.Read(message.Text), message.User, message.Channel, message.ThreadTs, surface, last, quietWhenNothingFound: false, cancellationToken);
    }
}
