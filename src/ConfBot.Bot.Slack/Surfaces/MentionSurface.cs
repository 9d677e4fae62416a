using ConfBot.Slack.Events;
using ConfBot.Slack.Formatting;
using ConfBot.Slack.Identity;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// <c>@ConfBot question</c> in a channel: answered in a thread under the question, for everyone there. In a thread
/// ConfBot answered before, a follow-up refers to that answer.
/// </summary>
internal sealed class MentionSurface(ThreadedAnswers answers, ISlackBotIdentity identity) : IEventHandler<AppMention>
{
    public async Task Handle(AppMention mention, CancellationToken cancellationToken)
    {
        var typed = TypedText.ReadMention(mention.Text, identity.Current?.UserId);
        // Files with nothing typed but the mention are notes being shared (MentionFileSurface); text typed with them is still a question.
        if (mention.Files is { Count: > 0 } && typed.Length == 0)
            return;
        var thread = mention.ThreadTs ?? mention.Ts;
        var last = mention.ThreadTs is null ? null : await answers.LastAsync(mention.Channel, thread, cancellationToken);
        await answers.AnswerAsync(typed, mention.User, mention.Channel, thread, BotSurface.Mention, last, quietWhenNothingFound: false, cancellationToken);
    }
}
