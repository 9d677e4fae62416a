using ConfBot.Core.State;

namespace ConfBot.Bot.Feedback;

/// <summary>What a voter said was missing (<see cref="FeedbackForm"/> submitted), stored with their vote.</summary>
public sealed class FeedbackComments(IFeedbackStore feedback)
{
    /// <summary>
    /// Stores the comment <see cref="FeedbackForm.Read"/> makes of <paramref name="typed"/> with the user's own vote
    /// on the answer; false, storing nothing, when nothing was typed or they have no vote on it.
    /// </summary>
    public Task<bool> SaveAsync(string answerKey, string userId, string? typed, CancellationToken cancellationToken) =>
        FeedbackForm.Read(typed) is { } comment ? feedback.CommentAsync(answerKey, userId, comment, cancellationToken) : Task.FromResult(false);
}
