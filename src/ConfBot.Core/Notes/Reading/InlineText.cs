using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>Plain text and links of one line of a non-Markdown note: HTML fragments go through a real HTML parser, bare URLs are found in what is left.</summary>
internal static partial class InlineText
{
    public static (string Text, List<RawLink> Links) Read(string line)
    {
        var links = new List<RawLink>();
        var text = LooksLikeHtml(line) ? StripHtml(line, links) : line;
        return WithBareUrls(System.Net.WebUtility.HtmlDecode(text), links);
    }

    /// <summary>The text and links of a parsed element, leaving out the child elements <paramref name="skip"/> picks; a page is parsed once, not once per block.</summary>
    public static (string Text, List<RawLink> Links) Read(IElement element, Func<IElement, bool> skip)
    {
        var links = new List<RawLink>();
        var text = new System.Text.StringBuilder();
        Walk(element, text, links, skip);
        return WithBareUrls(text.ToString(), links);
    }

    private static (string Text, List<RawLink> Links) WithBareUrls(string text, List<RawLink> links)
    {
        foreach (Match m in BareUrl().Matches(text))
        {
            var url = TrimUrl(m.Value);
            if (links.All(l => l.Url != url))
                links.Add(new RawLink(url, LabelAround(text, m.Value)));
        }
        return (Collapse(text), links);
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    public static string TrimUrl(string url) => url.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"');

    private static bool LooksLikeHtml(string line) => line.Contains('<') && HtmlTag().IsMatch(line);

    private static string StripHtml(string html, List<RawLink> links)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument($"<body>{html}</body>");
        var text = new System.Text.StringBuilder();
        Walk(document.Body!, text, links, _ => false);
        return text.ToString();
    }

    private static void Walk(INode node, System.Text.StringBuilder text, List<RawLink> links, Func<IElement, bool> skip)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement skipped when skip(skipped):
                    break;
                case IElement { LocalName: "a" } anchor:
                    var label = Collapse(anchor.TextContent);
                    var href = anchor.GetAttribute("href");
                    if (!string.IsNullOrWhiteSpace(href) && IsWebUrl(href))
                        links.Add(new RawLink(Unwrapped(href.Trim()), label));
                    text.Append(label);
                    break;
                case IElement { LocalName: "br" or "p" or "div" or "li" } block:
                    text.Append(' ');
                    Walk(block, text, links, skip);
                    break;
                case IElement element:
                    Walk(element, text, links, skip);
                    break;
                case IText t:
                    text.Append(t.Data);
                    break;
            }
        }
    }

    [GeneratedRegex(@"^(?:www\.)?google\.[a-z.]+/url$|safelinks\.protection\.outlook\.com/$|^l\.facebook\.com/l\.php$", RegexOptions.IgnoreCase)]
    private static partial Regex RedirectWrapper();

    public static bool IsWebUrl(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The page a redirect wrapper leads to: Google Docs exports every link as <c>https://www.google.com/url?q=…</c>,
    /// Outlook's safe links as <c>…safelinks.protection.outlook.com/?url=…</c>.
    /// </summary>
    public static string Unwrapped(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !RedirectWrapper().IsMatch(uri.Host + uri.AbsolutePath))
            return url;
        var target = System.Web.HttpUtility.ParseQueryString(uri.Query) is var query ? query["q"] ?? query["url"] ?? query["u"] : null;
        return target is not null && IsWebUrl(target) ? target : url;
    }

    /// <summary>
    /// "./alerts.md", "/talks/2015/go-gc.pdf": a link to a page beside the note. Kept so its label is known for
    /// what it is; talks list only links a reader in Slack can open.
    /// </summary>
    public static bool IsRelativeLink(string url) =>
        url.Length > 1 && !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('#') && !url.Contains(' ', StringComparison.Ordinal);

    /// <summary>For a bare URL, the words just before it say what it is ("Slides : https://..."), else the words just after.</summary>
    public static string LabelAround(string text, string url)
    {
        var at = text.IndexOf(url, StringComparison.Ordinal);
        if (at < 0)
            return string.Empty;
        var before = Words(text[..at]).TakeLast(8);
        var label = Tidy(string.Join(' ', before));
        return label.Length > 0 ? label : Tidy(string.Join(' ', Words(text[(at + url.Length)..]).Take(8)));
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Tidy(string label) => label.Trim(' ', ':', '-', '(', ')', '[', ']', ',', '.', ';');

    [GeneratedRegex(@"https?://[^\s<>""'\])]+", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
