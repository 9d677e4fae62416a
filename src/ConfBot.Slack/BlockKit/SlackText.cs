namespace ConfBot.Slack.BlockKit;

/// <summary>Helpers for putting untrusted text into Slack messages.</summary>
public static class SlackText
{
    private const string Ellipsis = "…";

    // "&amp;" is the longest entity Escape produces; an '&' further back than this is not a cut entity.
    private const int LongestEntity = 5;

    /// <summary>
    /// Escapes Slack's control characters so text can never form a mention (<c>&lt;!channel&gt;</c>,
    /// <c>&lt;@U123&gt;</c>) or a disguised link. Formatting characters (<c>*_~</c>) are left alone.
    /// </summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Shortens text to at most <paramref name="maxLength"/> characters, ending with an ellipsis.
    /// Never splits a surrogate pair, an escape such as <c>&amp;amp;</c>, or a <c>&lt;link|label&gt;</c>.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
            return text;

        var cut = maxLength - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;

        var kept = text.AsSpan(0, cut);
        var amp = kept.LastIndexOf('&');
        if (amp >= 0 && cut - amp < LongestEntity && !kept[amp..].Contains(';'))
            cut = amp;

        var open = text.AsSpan(0, cut).LastIndexOf('<');
        if (open >= 0 && !text.AsSpan(open, cut - open).Contains('>'))
            cut = open;

        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }
}
