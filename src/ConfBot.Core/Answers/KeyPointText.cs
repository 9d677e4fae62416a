using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Reading;

namespace ConfBot.Core.Answers;

/// <summary>
/// A key point as a person should read it in an answer: flattened to one line, without markup a reader left behind
/// (<see cref="MarkupResidue"/>), a list marker it kept, or emphasis marks cut loose by an earlier split, and no
/// longer than an answer can show. Readers already strip most markup; this holds for points from any source.
/// </summary>
internal static partial class KeyPointText
{
    public const int MaxLength = 320;

    public static string Clean(string text)
    {
        var plain = MarkupResidue.Strip(Whitespace().Replace(text, " "));
        plain = WithoutLooseEmphasis(ListMarker().Replace(UnderscoreStrong().Replace(plain, "${text}"), "")).Trim();
        return plain.Length <= MaxLength ? plain : plain[..MaxLength].TrimEnd() + "…";
    }

    /// <summary>An emphasis mark with nothing to pair with at either end of the point ("**Pact", "Pact__"): the rest was cut off.</summary>
    private static string WithoutLooseEmphasis(string text)
    {
        foreach (var mark in (string[])["**", "__"])
        {
            if (text.IndexOf(mark, StringComparison.Ordinal) != text.LastIndexOf(mark, StringComparison.Ordinal))
                continue;
            if (text.StartsWith(mark, StringComparison.Ordinal))
                text = text[mark.Length..];
            else if (text.EndsWith(mark, StringComparison.Ordinal))
                text = text[..^mark.Length];
        }
        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // __bold words__; a single word between double underscores is Python's __init__, which stays.
    [GeneratedRegex(@"(?<!\w)__(?<text>[^_\s][^_]*\s[^_]*[^_\s])__(?!\w)")]
    private static partial Regex UnderscoreStrong();

    // "- ", "* ", "• ", "1. " or "2) " left at the start of a point, possibly several (a nested list pasted flat).
    [GeneratedRegex(@"^(?:(?:[-*+•‣◦▪]|\d{1,3}[.)])\s+)+")]
    private static partial Regex ListMarker();
}
