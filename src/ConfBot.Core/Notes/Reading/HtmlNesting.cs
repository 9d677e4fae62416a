using System.Text.RegularExpressions;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Finds HTML nested deeper than anything a person writes or a blog exports. HTML parsing slows down with depth on
/// every element, so a note of 100,000 unclosed <c>&lt;div&gt;</c>s (half a megabyte) held a reload for minutes.
/// Counted roughly — a start tag opens, an end tag closes — leaving out elements that cannot hold themselves and
/// are closed implicitly (<c>p</c>, <c>li</c>, table cells…), so the count errs high only for odd pages, and the
/// limit is far above real ones.
/// </summary>
internal static partial class HtmlNesting
{
    public const int MaxDepth = 1_000;

    private static readonly HashSet<string> DoNotNest = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option",
    };

    /// <summary>The line (from 1) where the nesting passes <see cref="MaxDepth"/>; null for sane notes.</summary>
    public static int? TooDeepAt(IReadOnlyList<string> lines)
    {
        var depth = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Contains('<', StringComparison.Ordinal))
                continue;
            foreach (Match tag in Tag().Matches(lines[i]))
            {
                if (DoNotNest.Contains(tag.Groups["name"].Value) || tag.Groups["self"].Success)
                    continue;
                depth = tag.Groups["end"].Success ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > MaxDepth)
                    return i + 1;
            }
        }
        return null;
    }

    // A tag's name ends at a space, '/' or '>': <https://...> is a link (Markdown's autolinks, rst's `text <url>`_), not a tag.
    [GeneratedRegex(@"<(?<end>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*?(?<self>/)?>")]
    private static partial Regex Tag();
}
