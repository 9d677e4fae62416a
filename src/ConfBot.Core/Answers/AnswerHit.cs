using ConfBot.Core.Talks;

namespace ConfBot.Core.Answers;

/// <summary>One talk in an answer, with what to show for it.</summary>
/// <param name="Highlights">The two or three points from the notes most relevant to the question, matched words marked <c>*like this*</c>.</param>
/// <param name="Links">The talk's links, talk page, slides and video first.</param>
public sealed record AnswerHit(Talk Talk, float Score, IReadOnlyList<string> Highlights, IReadOnlyList<TalkLink> Links)
{
    /// <summary>The notes the talk came from, named as their readers know them; linked when the notes are on the web.</summary>
    public IReadOnlyList<SourceReference> Sources { get; init; } = [.. Talk.Sources.Select(s => SourceReference.Of(s, null))];

    /// <summary>Which notes the talk came from, as plain text, e.g. "from Rootconf 2017 Retrospective - Day 02 (hashfyre, 2017-05-20), line 95".</summary>
    public string SourceSummary => string.Concat(SourceReference.Summary(Sources, s => s.Url is null ? s.Name : $"{s.Name} <{s.Url}>", text => text));
}
