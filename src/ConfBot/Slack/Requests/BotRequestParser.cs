using System.Text.RegularExpressions;

namespace ConfBot.Slack.Requests;

/// <summary>
/// Reads what a user typed after <c>/confbot</c>, in a DM, or after a mention (already read from Slack's markup).
/// A first word selects a command only when the rest fits it (<see cref="BotCommand.Fits"/>); otherwise the whole
/// text is a question, so "talk" alone or "conferences about kubernetes" is asked rather than half-obeyed.
/// </summary>
internal static partial class BotRequestParser
{
    public static BotRequest Parse(string? text)
    {
        var typed = Whitespace().Replace(text ?? "", " ").Trim();
        if (typed.Length == 0)
            return new BotRequest(CommandKind.Help, "");

        var (first, rest) = FirstWord.Of(typed);
        return ConfBotCommands.Named(first) is { } command && command.Fits(rest)
            ? new BotRequest(command.Kind, rest)
            : new BotRequest(CommandKind.Question, typed);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
