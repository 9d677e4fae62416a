using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>Says what a link is from its address and the words the note put around it.</summary>
internal static partial class LinkClassifier
{
    public static LinkKind Classify(string url, string text)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return LinkKind.Other;
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
            host = host[4..];

        if (IsVideo(host, path) || VideoWord().IsMatch(text))
            return LinkKind.Video;
        if (IsSlides(host, path) || SlidesWord().IsMatch(text))
            return LinkKind.Slides;
        if ((host is "twitter.com" or "x.com" or "mobile.twitter.com") && path.Contains("/status/"))
            return LinkKind.Tweet;
        if (IsTalkPage(host, path, uri.Fragment))
            return LinkKind.TalkPage;
        if (IsRepository(host, path))
            return LinkKind.Repository;
        if (IsArticle(host, path))
            return LinkKind.Article;
        return LinkKind.Other;
    }

    /// <summary>A speaker's profile, linked from a heading for credit, is not a link about the talk.</summary>
    public static bool IsProfile(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && ProfileHost().IsMatch(uri.Host)
        && uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Length == 1;

    private static bool IsVideo(string host, string path) =>
        host is "youtube.com" or "youtu.be" or "m.youtube.com" or "vimeo.com" or "player.vimeo.com" or "youtube-nocookie.com" or "confreaks.tv"
        || (host == "infoq.com" && path.Contains("/presentations/"))
        || host.EndsWith("wistia.com", StringComparison.Ordinal)
        || path.EndsWith(".mp4", StringComparison.Ordinal);

    private static bool IsSlides(string host, string path) =>
        host is "slideshare.net" or "speakerdeck.com" or "slides.com" or "slid.es" or "noti.st" or "prezi.com"
        || host.EndsWith(".slideshare.net", StringComparison.Ordinal)
        || (host == "docs.google.com" && path.StartsWith("/presentation", StringComparison.Ordinal))
        || (host.EndsWith("sched.com", StringComparison.Ordinal) && path.Contains("/hosted_files/"))
        || path.Contains("/slides") || path.EndsWith(".pptx", StringComparison.Ordinal) || path.EndsWith(".key", StringComparison.Ordinal);

    private static bool IsTalkPage(string host, string path, string fragment) =>
        host.EndsWith("talkfunnel.com", StringComparison.Ordinal)
        || (host == "hasgeek.com" && path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
        || (host.EndsWith("sched.com", StringComparison.Ordinal) && path.StartsWith("/event/", StringComparison.Ordinal))
        || host == "sessionize.com"
        || path.Contains("/talks/") || path.Contains("/sessions/") || path.Contains("/session/") || path.Contains("/program/")
        || (path.Contains("/conference") && fragment.Length > 3)
        || (host.Contains("conf") && fragment.Length > 3);

    private static bool IsRepository(string host, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return host is "github.com" or "gitlab.com" or "bitbucket.org" or "codeberg.org" or "sr.ht" or "git.sr.ht"
            ? segments.Length >= 2
            : host == "gist.github.com";
    }

    private static bool IsArticle(string host, string path) =>
        host.StartsWith("blog.", StringComparison.Ordinal) || host.EndsWith("medium.com", StringComparison.Ordinal)
        || host.EndsWith("wikipedia.org", StringComparison.Ordinal) || host.EndsWith("dev.to", StringComparison.Ordinal)
        || host.EndsWith("martinfowler.com", StringComparison.Ordinal) || host.EndsWith("readthedocs.io", StringComparison.Ordinal)
        || host.StartsWith("docs.", StringComparison.Ordinal)
        || path.Contains("/blog") || path.Contains("/articles/") || path.Contains("/doc") || path.Contains("/wiki")
        || path.EndsWith(".pdf", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:video|recording|youtube|watch)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VideoWord();

    [GeneratedRegex(@"\b(?:slides?|slide deck|deck|presentation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlidesWord();

    [GeneratedRegex(@"^(?:www\.|mobile\.)?(?:twitter\.com|x\.com|twittre\.com|linkedin\.com|facebook\.com)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileHost();
}
