using ConfBot.Core.State;

namespace ConfBot.Bot.Threads;

/// <summary>
/// Which talk of the previous answer a follow-up means: an ordinal ("the second", "3rd", "#2", "last"), or "it" /
/// "that" / "this one", which mean the talk last talked about (the first shown, until a follow-up picks another).
/// </summary>
/// <param name="Ordinal">1 for the first; null for "it" and "that".</param>
public sealed record TalkPointer(int? Ordinal, bool Last = false)
{
    public static TalkPointer Focus { get; } = new((int?)null);

    /// <summary>
    /// The talk's id, or null when the answer showed no such talk. An ordinal counts in the list shown, or, when it
    /// is one of the ranks shown ("the 5th" on the second page, where 4–6 are numbered), means that rank.
    /// </summary>
    public string? Resolve(ThreadAnswer answer)
    {
        var shown = answer.TalkIds;
        if (shown.Count == 0)
            return null;
        if (Last)
            return shown[^1];
        if (Ordinal is not { } n)
            return answer.FocusTalkId ?? shown[0];
        var byRank = n - answer.Offset;
        if (answer.Offset > 0 && byRank >= 1 && byRank <= shown.Count)
            return shown[byRank - 1];
        return n >= 1 && n <= shown.Count ? shown[n - 1] : null;
    }
}
