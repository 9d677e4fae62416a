using System.Text.RegularExpressions;

namespace ConfBot.Slack.Formatting;

/// <summary>
/// What a user typed, as they saw it: Slack sends message and command text with <c>&amp;amp; &amp;lt; &amp;gt;</c>
/// escaped and mentions, channels and links as <c>&lt;…&gt;</c> tokens (Slack's "Formatting text for app surfaces").
/// </summary>
public static partial class TypedText
{
    private static readonly HashSet<string> Broadcasts = ["here", "channel", "everyone"];

    /// <summary>
    /// <c>&lt;@U123|paul&gt;</c> reads <c>@paul</c>, <c>&lt;#C123|general&gt;</c> <c>#general</c>, <c>&lt;https://x|label&gt;</c>
    /// <c>label</c>, <c>&lt;!here&gt;</c> <c>@here</c>, <c>&lt;!subteam^S1|@ops&gt;</c> <c>@ops</c>; trimmed.
    /// </summary>
    public static string Read(string? text) =>
        Markup().Replace(text ?? "", m => m.Groups["entity"].Success ? Entity(m.Groups["entity"].Value) : Token(m)).Trim();

    /// <summary>
    /// The text of an <c>app_mention</c> without the mention that addressed the bot (<c>&lt;@UBOT&gt; what is pact</c>
    /// reads <c>what is pact</c>). Other people's mentions stay part of the text.
    /// </summary>
    /// <param name="botUserId">The bot's user id; until it is known, the user mentioned first is taken to be the bot.</param>
    public static string ReadMention(string text, string? botUserId)
    {
        var bot = botUserId ?? LeadingMention().Match(text) switch
        {
            { Success: true } leading => leading.Groups["user"].Value,
            _ => null,
        };
        // A space, not nothing: "ask <@UBOT> now" keeps its words apart, and only one space.
        return Read(bot is null ? text : Regex.Replace(text, $@"\s*<@{Regex.Escape(bot)}(?:\|[^<>]*)?>\s*", " "));
    }

    /// <summary>Whether the text mentions <paramref name="userId"/> (<c>&lt;@U123&gt;</c> or <c>&lt;@U123|name&gt;</c>; not <c>&lt;@U1234&gt;</c>).</summary>
    public static bool Mentions(string? text, string userId) =>
        Regex.IsMatch(text ?? "", $@"<@{Regex.Escape(userId)}(?:\|[^<>]*)?>");

    /// <summary>
    /// Message text as Markdown, to keep as notes: as <see cref="Read"/> reads it, except that a web link keeps its
    /// address (<c>&lt;https://x|label&gt;</c> becomes <c>[label](https://x)</c>, a bare one its URL).
    /// </summary>
    public static string Markdown(string? text) =>
        Markup().Replace(text ?? "", m => m.Groups["entity"].Success ? Entity(m.Groups["entity"].Value)
            : WebLink(m) is { } url ? (Unescape(m.Groups["label"].Value) is { Length: > 0 } label ? $"[{label}]({url})" : url)
            : Token(m)).Trim();

    /// <summary>The web addresses linked in message text, in order, each once.</summary>
    public static IReadOnlyList<string> Links(string? text) =>
        [.. Markup().Matches(text ?? "").Select(WebLink).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string? WebLink(Match token) =>
        token.Groups["sigil"].Success && token.Groups["sigil"].Value.Length == 0 && !token.Groups["entity"].Success
        && Unescape(token.Groups["target"].Value) is var url
        && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? url
            : null;

    private static string Token(Match token)
    {
        var target = token.Groups["target"].Value;
        var label = Unescape(token.Groups["label"].Value);
        var shown = label.Length > 0 ? label : null;
        return token.Groups["sigil"].Value switch
        {
            "@" => "@" + (shown ?? target),
            "#" => "#" + (shown ?? target),
            "!" when Broadcasts.Contains(target) => "@" + target,
            // <!subteam^S123|@ops> carries its own "@"; <!date^…|fallback> reads as its fallback.
            "!" => shown ?? "@" + target[(target.IndexOf('^') + 1)..],
            _ => shown ?? Unescape(target),
        };
    }

    private static string Unescape(string text) => Entities().Replace(text, m => Entity(m.Groups["entity"].Value));

    private static string Entity(string name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        _ => ">",
    };

    // Slack escapes a literal < > & in the text, so every < … > left is a token it made.
    [GeneratedRegex(@"<(?<sigil>[@#!]?)(?<target>[^<>|]*)(?:\|(?<label>[^<>]*))?>|&(?<entity>amp|lt|gt);")]
    private static partial Regex Markup();

    [GeneratedRegex("&(?<entity>amp|lt|gt);")]
    private static partial Regex Entities();

    [GeneratedRegex(@"^\s*<@(?<user>[A-Z0-9]+)[|>]")]
    private static partial Regex LeadingMention();
}
