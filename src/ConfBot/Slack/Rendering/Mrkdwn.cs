using System.Text;
using System.Text.RegularExpressions;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Rendering;

/// <summary>
/// Turns note text into Slack mrkdwn that can only format, never mention or disguise a link: every piece of
/// note text goes through <see cref="SlackText.Escape"/>, and links are built here from checked URLs.
/// </summary>
internal static partial class Mrkdwn
{
    // Looks like an asterisk but is not Slack's bold marker, so a stray one in a note cannot unbalance bold.
    private const char LiteralAsterisk = '∗';

    /// <summary>Note text shown as written: escaped, and with its asterisks unable to start bold.</summary>
    public static string Text(string noteText) => Plain(SlackText.Escape(noteText));

    public static string Bold(string noteText) => $"*{Text(noteText)}*";

    /// <summary>
    /// A highlighted key point: the engine marks matched words <c>*like this*</c>, which become Slack bold;
    /// any other asterisk in the note is shown literally so it cannot turn the rest of the line bold.
    /// </summary>
    public static string Highlighted(string point)
    {
        var escaped = SlackText.Escape(point);
        var result = new StringBuilder(escaped.Length);
        var last = 0;
        foreach (Match mark in HighlightMark().Matches(escaped))
        {
            result.Append(Plain(escaped[last..mark.Index]));
            result.Append('*').Append(mark.Groups["word"].Value).Append('*');
            last = mark.Index + mark.Length;
        }

        return result.Append(Plain(escaped[last..])).ToString();
    }

    /// <summary>
    /// <c>&lt;url|label&gt;</c> for web and mail links; anything else (javascript:, relative paths, broken
    /// URLs) is shown as text, since Slack would not open it sensibly.
    /// </summary>
    public static string Link(string url, string label)
    {
        var safeLabel = Plain(SlackText.Escape(label)).Replace("|", "¦", StringComparison.Ordinal);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
            return $"{safeLabel} ({Plain(SlackText.Escape(url))})";
        var target = SlackText.Escape(uri.AbsoluteUri).Replace("|", "%7C", StringComparison.Ordinal);
        return $"<{target}|{safeLabel}>";
    }

    private static string Plain(string text) => text.Replace('*', LiteralAsterisk);

    // A mark wraps one or more words with no asterisk inside and no space just inside the marks.
    [GeneratedRegex(@"(?<![\w*])\*(?<word>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])")]
    private static partial Regex HighlightMark();
}
