using ConfBot.Core.Talks;

namespace ConfBot.Core.Answers;

/// <summary>Orders a talk's links for an answer: what people open first (talk page, slides, video), then the rest as written.</summary>
public static class LinkOrder
{
    /// <summary>Links shown with a talk in an answer; the rest are counted and left for the talk's full list of links.</summary>
    public const int InAnswer = 3;

    public static IReadOnlyList<TalkLink> ForAnswer(IEnumerable<TalkLink> links) =>
        links.DistinctBy(l => l.Url).OrderBy(l => Rank(l.Kind)).ToList();

    private static int Rank(LinkKind kind) => kind switch
    {
        LinkKind.TalkPage => 0,
        LinkKind.Slides => 1,
        LinkKind.Video => 2,
        _ => 3,
    };
}
