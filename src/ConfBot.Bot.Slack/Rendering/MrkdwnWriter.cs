using System.Text;
using ConfBot.Bot.Replies;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Bot.Slack.Rendering;

/// <summary>
/// Writes <see cref="RichText"/> as Slack mrkdwn that can only format, never mention or disguise a link: every
/// span's text is escaped, links are built from checked URLs, and mentions only from well-formed user ids.
/// </summary>
public static class MrkdwnWriter
{
    // Looks like an asterisk but is not Slack's bold marker, so a stray one in a note cannot unbalance bold.
    private const char LiteralAsterisk = '∗';

    public static string Write(RichText text)
    {
        var mrkdwn = new StringBuilder();
        foreach (var span in text.Spans)
            mrkdwn.Append(span switch
            {
                Plain p => Text(p.Text),
                Strong s => $"*{Text(s.Text)}*",
                Emphasis e => $"_{Text(e.Text)}_",
                Code c => $"`{SlackText.Escape(c.Text).Replace('`', '\'')}`",
                Link l => Link(l.Url, l.Label),
                UserMention m => Mention(m.UserId),
                Emoji e => $":{e.Name}:",
                _ => "\n",
            });
        return mrkdwn.ToString();
    }

    /// <summary>Text shown as written: escaped, and with its asterisks unable to start bold.</summary>
    public static string Text(string text) => Literal(SlackText.Escape(text));

    /// <summary>
    /// <c>&lt;url|label&gt;</c> for web and mail links; anything else (javascript:, relative paths, broken
    /// URLs) is shown as text, since Slack would not open it sensibly.
    /// </summary>
    public static string Link(string url, string label)
    {
        var safeLabel = Text(label).Replace("|", "¦", StringComparison.Ordinal);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
            return $"{safeLabel} ({Text(url)})";
        var target = SlackText.Escape(uri.AbsoluteUri).Replace("|", "%7C", StringComparison.Ordinal);
        return $"<{target}|{safeLabel}>";
    }

    // The id came from a signed Slack payload, but it is still checked before it becomes a mention.
    private static string Mention(string id) =>
        id is { Length: > 1 and < 32 } && id.All(char.IsAsciiLetterOrDigit) && id[0] is 'U' or 'W' ? $"<@{id}>" : "someone";

    private static string Literal(string text) => text.Replace('*', LiteralAsterisk);
}
