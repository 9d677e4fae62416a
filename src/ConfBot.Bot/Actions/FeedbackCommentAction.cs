using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Actions;

/// <summary>"Tell us what was missing" under the thanks for a 👎: opens <see cref="FeedbackForm"/> for that vote.</summary>
internal sealed class FeedbackCommentAction : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [FeedbackActions.Comment];

    public Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken) =>
        Task.FromResult(click.Value is { Length: > 0 } answerKey
            ? new BotResponse(
                BotReply.Say(RichText.Of("The form did not open; click “Tell us what was missing” again.")) with { Form = new FeedbackForm(answerKey) },
                ReplyDelivery.ToClicker)
            : null);
}
