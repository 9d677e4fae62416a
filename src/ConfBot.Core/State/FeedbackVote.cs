namespace ConfBot.Core.State;

/// <summary>What a person thought of an answer.</summary>
public enum FeedbackVote
{
    /// <summary>👍: the answer helped.</summary>
    Up,

    /// <summary>👎: it did not.</summary>
    Down,
}
