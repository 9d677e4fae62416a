using System.Security.Cryptography;
using System.Text;
using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;
using ConfBot.Core.State;

namespace ConfBot.Bot.Actions;

/// <summary>
/// 👍 / 👎 under an answer: stores the clicker's vote with what the answer showed, and thanks them privately so they
/// see it counted; the thanks for a 👎 offers to say what was missing (<see cref="FeedbackCommentAction"/>), so the
/// vote stays one click and the form opens only for those who want it. The answer is keyed by its message and what
/// it showed, so voting again on it changes the vote, while the next page redrawn in the same message is an answer of
/// its own.
/// </summary>
internal sealed class FeedbackAction(IFeedbackStore feedback, TimeProvider time) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [FeedbackActions.Up, FeedbackActions.Down];

    public async Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken)
    {
        if (FeedbackValue.Decode(click.Value) is not { } shown)
            return null;
        var vote = click.ActionId == FeedbackActions.Up ? FeedbackVote.Up : FeedbackVote.Down;
        var talks = shown.TalkIds.Select((id, i) => new RankedTalk(id, shown.FirstRank + i)).ToList();
        var answerKey = AnswerKey(click);
        await feedback.RecordAsync(
            new AnswerFeedback(answerKey, click.Context.UserId, shown.Request, shown.Surface.ToString(), talks, vote, time.GetUtcNow()),
            cancellationToken);
        return new BotResponse(Thanks(vote, shown, answerKey), ReplyDelivery.ToClicker);
    }

    private static string AnswerKey(BotClick click)
    {
        var shown = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(click.Value!)))[..16];
        return $"{click.Context.ChannelId}/{click.MessageId}/{shown}";
    }

    private static BotReply Thanks(FeedbackVote vote, ShownAnswer shown, string answerKey)
    {
        var text = new RichTextBuilder().Text("Thanks, your ").Emoji(vote == FeedbackVote.Up ? "+1" : "-1").Text(" on “").Text(shown.Request).Text("” is counted");
        if (vote == FeedbackVote.Up)
            return BotReply.Say(text.Text(". Voting again changes your vote.").Build());
        var thanks = BotReply.Say(text.Text(": it marks the question as one the notes answer badly. Voting again changes your vote.").Build());
        return thanks with { Parts = [.. thanks.Parts, new ReplyButtons([new ReplyButton("Tell us what was missing", FeedbackActions.Comment, answerKey)])] };
    }
}
