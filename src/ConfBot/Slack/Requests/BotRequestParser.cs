using System.Text.RegularExpressions;

namespace ConfBot.Slack.Requests;

/// <summary>Reads what a user typed after <c>/confbot</c>, in a DM, or after a mention.</summary>
internal static partial class BotRequestParser
{
    public static BotRequest Parse(string? text)
    {
        var trimmed = Whitespace().Replace(text ?? "", " ").Trim();
        if (trimmed.Length == 0)
            return new BotRequest(CommandKind.Help, "");

        var space = trimmed.IndexOf(' ');
        var first = space < 0 ? trimmed : trimmed[..space];
        var rest = space < 0 ? "" : trimmed[(space + 1)..];
        // "talk" alone or "links" alone is more likely a question about the word than a command missing its argument.
        return ConfBotCommands.Named(first) is { } command && !(command.NeedsArgument && rest.Length == 0)
            ? new BotRequest(command.Kind, command.Kind is CommandKind.Help or CommandKind.Conferences ? "" : rest)
            : new BotRequest(CommandKind.Question, trimmed);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
