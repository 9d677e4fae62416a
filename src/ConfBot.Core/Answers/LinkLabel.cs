using System.Collections.Frozen;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Answers;

/// <summary>
/// What a link is called wherever it is shown, so every surface names it alike: the kind and the site
/// ("Slides · slideshare.net") for the kinds people look for, and for other links the note's own words when
/// they say something ("Consumer-driven contracts"), else "Link · example.com".
/// </summary>
public static class LinkLabel
{
    private const int MaxTextLength = 80;
    private const string Separator = " · ";

    // Words that only say "a link is here": a label made of nothing else tells less than the site's name.
    private static readonly FrozenSet<string> SaysNothing = FrozenSet.ToFrozenSet(
        ["link", "links", "here", "click", "this", "that", "the", "a", "see", "more", "read", "watch", "open", "at", "on", "of",
         "slides", "slide", "deck", "video", "recording", "talk", "page", "site", "website", "web", "source", "code", "repo",
         "repository", "article", "post", "blog", "tweet", "thread", "url"],
        StringComparer.OrdinalIgnoreCase);

    public static string For(TalkLink link) => link.Kind switch
    {
        LinkKind.TalkPage => Named("Talk page", link.Url),
        LinkKind.Slides => Named("Slides", link.Url),
        LinkKind.Video => Named("Video", link.Url),
        LinkKind.Repository => Named("Code", link.Url),
        _ when Meaningful(link) is { } text => text,
        LinkKind.Article => Named("Article", link.Url),
        LinkKind.Tweet => Named("Tweet", link.Url),
        _ => Named("Link", link.Url),
    };

    /// <summary>What stands for the links an answer leaves out: "5 more links".</summary>
    public static string More(int count) => count == 1 ? "1 more link" : $"{count} more links";

    /// <summary>The site a link goes to as people say it: "youtube.com" for www.youtube.com; a URL that is not absolute as written.</summary>
    public static string Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
            : url;

    private static string Named(string kind, string url) => kind + Separator + Host(url);

    private static string? Meaningful(TalkLink link)
    {
        var text = string.Join(' ', link.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ':', '-', '–', '—', '(', ')', '[', ']');
        if (text.Length == 0 || text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || text.Equals(Host(link.Url), StringComparison.OrdinalIgnoreCase))
            return null;
        var words = text.Split([' ', ':', '-', '/', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.All(SaysNothing.Contains))
            return null;
        return text.Length <= MaxTextLength ? text : text[..MaxTextLength].TrimEnd() + "…";
    }
}
