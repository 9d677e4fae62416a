using ConfBot.Core.Talks;

namespace ConfBot.Slack.Rendering;

/// <summary>Short names of link kinds, and a talk's links in answer order.</summary>
internal static class LinkLabels
{
    public static string For(LinkKind kind) => kind switch
    {
        LinkKind.TalkPage => "Talk page",
        LinkKind.Slides => "Slides",
        LinkKind.Video => "Video",
        LinkKind.Repository => "Code",
        LinkKind.Article => "Article",
        LinkKind.Tweet => "Tweet",
        _ => "Link",
    };

    /// <summary>Talk page, slides, video first: <see cref="LinkKind"/> is declared in that order for this reason.</summary>
    public static IReadOnlyList<TalkLink> Ordered(IEnumerable<TalkLink> links) => [.. links.DistinctBy(l => l.Url).OrderBy(l => l.Kind)];

    /// <summary>The note's words for a link when they say more than the URL, else the kind.</summary>
    public static string Describe(TalkLink link) =>
        string.IsNullOrWhiteSpace(link.Text) || link.Text == link.Url ? For(link.Kind) : $"{For(link.Kind)}: {link.Text.Trim()}";
}
