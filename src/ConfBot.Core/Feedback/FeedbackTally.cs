namespace ConfBot.Core.Feedback;

/// <summary>The votes on one question or one talk.</summary>
/// <param name="Key">The question as first asked, or the talk id.</param>
public sealed record FeedbackTally(string Key, int Up, int Down)
{
    public int Votes => Up + Down;

    /// <summary>The share of 👎 among the votes, 0–1.</summary>
    public double DownShare => Votes == 0 ? 0 : (double)Down / Votes;

    /// <summary>What voters said was missing, in the order the votes were cast; only questions carry them.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];
}
