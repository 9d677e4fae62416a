using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>A talk's title read off the link to its page, for when the note names it no better ("Program page: here").</summary>
internal static partial class TalkPageTitle
{
    /// <summary>The talk page's slug ("1108-quick-prototyping-with-lxc-and-puppet") says the title; the note's own spelling gives the case.</summary>
    public static string For(RawLink link, string context)
    {
        var slug = Uri.TryCreate(link.Url, UriKind.Absolute, out var uri)
            ? (uri.Fragment.Length > 1 ? uri.Fragment[1..] : uri.Segments.LastOrDefault() ?? "")
            : "";
        slug = LeadingId().Replace(slug, "");
        var words = slug.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).ToList();
        // Event sites cut long slugs mid-word; a cut slug loses its last word and any dangling "with"/"using".
        if (slug.Length >= 45)
            words.RemoveAt(words.Count - 1);
        while (words.Count > 0 && Dangling().IsMatch(words[^1]))
            words.RemoveAt(words.Count - 1);
        if (words.Count < 3)
            return link.Text;
        var cased = words.Select(w => Regex.Match(context, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase) is { Success: true } m ? m.Value : w).ToArray();
        cased[0] = char.ToUpperInvariant(cased[0][0]) + cased[0][1..];
        return string.Join(' ', cased);
    }

    [GeneratedRegex(@"^(?:with|using|on|and|for|of|the|a|an|to|in|at|by|from)$")]
    private static partial Regex Dangling();

    [GeneratedRegex(@"^\d+[-_]")]
    private static partial Regex LeadingId();
}
