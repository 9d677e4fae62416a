namespace ConfBot.Core.State;

/// <summary>One person's vote on one answer, with what that answer showed.</summary>
/// <param name="AnswerKey">Which answer was voted on (the message and what it showed); one vote per user and key.</param>
/// <param name="Question">The request as typed, e.g. <c>how do people manage secrets</c> or <c>links kubernetes</c>.</param>
/// <param name="Surface">Where the answer was shown, e.g. <c>SlashCommand</c>, <c>Mention</c>, <c>Digest</c>.</param>
/// <param name="Talks">The talks shown, in the order and with the ranks they were shown at; empty when nothing answered.</param>
public sealed record AnswerFeedback(
    string AnswerKey, string UserId, string Question, string Surface, IReadOnlyList<RankedTalk> Talks, FeedbackVote Vote, DateTimeOffset At)
{
    /// <summary>What the voter said was missing (after a 👎); null when they said nothing.</summary>
    public string? Comment { get; init; }
}
