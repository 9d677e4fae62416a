namespace ConfBot.Core.State;

/// <summary>Votes on answers, kept to learn which questions the notes answer badly.</summary>
public interface IFeedbackStore
{
    /// <summary>
    /// Stores the vote; a second vote by the same user on the same answer replaces the first, keeping the comment
    /// given before unless the new vote carries one.
    /// </summary>
    Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken = default);

    /// <summary>Stores what <paramref name="userId"/> said was missing with their vote on the answer; false when they have no vote on it.</summary>
    Task<bool> CommentAsync(string answerKey, string userId, string comment, CancellationToken cancellationToken = default);

    /// <summary>Every vote cast at <paramref name="since"/> or later (all when null), oldest first.</summary>
    Task<IReadOnlyList<AnswerFeedback>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}
