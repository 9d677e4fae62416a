using System.Security.Cryptography;
using System.Text;
using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;
using ConfBot.Core.State;

namespace ConfBot.Bot.Actions;

/// <summary>
/// 👍 / 👎 under an answer: stores the clicker's vote with what the answer showed, and thanks them privately so they
/// see it counted. The answer is keyed by its message and what it showed, so voting again on it changes the vote,
/// while the next page redrawn in the same message is an answer of its own.
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
        await feedback.RecordAsync(
            new AnswerFeedback(AnswerKey(click), click.Context.UserId, shown.Request, shown.Surface.ToString(), talks, vote, time.GetUtcNow()),
            cancellationToken);
        return new BotResponse(Thanks(vote, shown), ReplyDelivery.ToClicker);
    }

    private static string AnswerKey(BotClick click)
    {
        var shown = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(click.Value!)))[..16];
        return $"{click.Context.ChannelId}/{click.MessageId}/{shown}";
    }

    private static BotReply Thanks(FeedbackVote vote, ShownAnswer shown)
    {
        var text = new RichTextBuilder().Text("Thanks, your ").Emoji(vote == FeedbackVote.Up ? "+1" : "-1").Text(" on “").Text(shown.Request).Text("” is counted");
        if (vote == FeedbackVote.Down)
            text.Text(": it marks the question as one the notes answer badly");
        return BotReply.Say(text.Text(". Voting again changes your vote.").Build());
    }
}
