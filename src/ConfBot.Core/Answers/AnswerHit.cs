using ConfBot.Core.Talks;

namespace ConfBot.Core.Answers;

/// <summary>One talk in an answer, with what to show for it.</summary>
/// <param name="Highlights">The two or three points from the notes most relevant to the question, matched words marked <c>*like this*</c>.</param>
/// <param name="Links">The talk's links, talk page, slides and video first.</param>
public sealed record AnswerHit(Talk Talk, float Score, IReadOnlyList<string> Highlights, IReadOnlyList<TalkLink> Links)
{
    /// <summary>Which notes the talk came from, e.g. "from 2 write-ups: 000_a.txt line 22, 001_b.txt line 104".</summary>
    public string SourceSummary => Talk.Sources.Count switch
    {
        0 => "",
        1 => $"from {Talk.Sources[0]}",
        var n => $"from {n} write-ups: {string.Join(", ", Talk.Sources)}",
    };
}
