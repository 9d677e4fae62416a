using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Feedback;

/// <summary>
/// The form a 👎 voter says what was missing in: one optional field of several lines, for the vote on one answer.
/// <see cref="Read"/> turns what was typed into the comment to store.
/// </summary>
/// <param name="AnswerKey">The answer voted on, as its vote is stored (<see cref="Core.State.AnswerFeedback.AnswerKey"/>).</param>
public sealed record FeedbackForm(string AnswerKey) : BotForm
{
    /// <summary>The most a comment keeps: enough for a few sentences, far below what a field holds.</summary>
    public const int MaxCommentLength = 1000;

    public const string Title = "What was missing?";

    public const string Label = "What did you expect the answer to show?";

    public const string Hint = "A talk, a speaker, a link, a detail the notes should have. Optional.";

    /// <summary>The comment to store: what was typed, trimmed and cut to <see cref="MaxCommentLength"/>; null when nothing was.</summary>
    public static string? Read(string? typed) =>
        typed?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, MaxCommentLength)].TrimEnd() : null;
}
