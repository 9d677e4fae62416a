using System.Text;
using ConfBot.Core.Notes.Outline;
using Markdig.Syntax.Inlines;

namespace ConfBot.Core.Notes.Reading;

/// <summary>Plain text and links of a Markdig inline container; raw <c>&lt;a href&gt;</c> tags in Markdown count as links too.</summary>
internal static class MarkdownInlines
{
    public static (string Text, List<RawLink> Links) Read(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        var links = new List<RawLink>();
        if (inlines is not null)
            Walk(inlines, text, links, new AnchorState());
        return (InlineText.Collapse(text.ToString()), links);
    }

    private sealed class AnchorState
    {
        public string? Href;
        public int Start;
    }

    private static void Walk(ContainerInline container, StringBuilder text, List<RawLink> links, AnchorState anchor)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    var start = text.Length;
                    Walk(link, text, links, anchor);
                    var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
                    if (!string.IsNullOrWhiteSpace(url) && (InlineText.IsWebUrl(url) || InlineText.IsRelativeLink(url)))
                        links.Add(new RawLink(url.Trim(), InlineText.Collapse(text.ToString(start, text.Length - start))));
                    break;
                case AutolinkInline { IsEmail: false } auto:
                    text.Append(auto.Url);
                    if (InlineText.IsWebUrl(auto.Url))
                        links.Add(new RawLink(auto.Url, string.Empty));
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlInline html:
                    OnHtml(html.Tag, text, links, anchor);
                    break;
                case ContainerInline nested:
                    Walk(nested, text, links, anchor);
                    break;
            }
        }
    }

    private static void OnHtml(string tag, StringBuilder text, List<RawLink> links, AnchorState anchor)
    {
        if (tag.StartsWith("<a ", StringComparison.OrdinalIgnoreCase))
        {
            anchor.Href = InlineText.Read(tag + "</a>").Links.FirstOrDefault()?.Url;
            anchor.Start = text.Length;
        }
        else if (tag.StartsWith("</a", StringComparison.OrdinalIgnoreCase) && anchor.Href is { Length: > 0 } href)
        {
            if (InlineText.IsWebUrl(href))
                links.Add(new RawLink(href, InlineText.Collapse(text.ToString(anchor.Start, text.Length - anchor.Start))));
            anchor.Href = null;
        }
        else if (tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
        {
            text.Append(' ');
        }
    }
}
