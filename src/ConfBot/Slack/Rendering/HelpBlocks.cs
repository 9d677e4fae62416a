using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Replies;
using ConfBot.Slack.Requests;

namespace ConfBot.Slack.Rendering;

/// <summary>Help and welcome messages, generated from <see cref="ConfBotCommands"/>.</summary>
internal static class HelpBlocks
{
    /// <summary>One mrkdwn line per command: usage, description, example. <paramref name="prefix"/> is <c>/confbot</c>, or empty in a DM.</summary>
    public static IReadOnlyList<string> Lines(string prefix) =>
        [.. ConfBotCommands.All.Select(c => $"`{Typed(prefix, c.Usage)}` — {c.Description}. _e.g._ `{Typed(prefix, c.Example)}`")];

    public static BotReply Help(string commandName)
    {
        var text = $"*What you can ask ConfBot*\n{string.Join("\n", Lines(commandName))}";
        var hint = "In a DM with ConfBot type the same without the command; in a channel, mention @ConfBot and ask.";
        return new BotReply(
            SlackText.Escape($"ConfBot help: {commandName} QUESTION, or {string.Join(", ", ConfBotCommands.All.Where(c => c.Name is not null).Select(c => c.Name))}"),
            [SectionBlock.Mrkdwn(text), new ContextBlock([new MrkdwnText(hint)])]);
    }

    /// <summary>The short greeting for "hi" or "help" in a DM: what ConfBot does and examples to copy.</summary>
    public static BotReply Welcome()
    {
        var examples = ConfBotCommands.All.Where(c => c.Kind != CommandKind.Help).Select(c => $"• `{c.Example}`");
        var text = $"Hi! I answer questions from the team's conference notes. Just ask, for example:\n{string.Join("\n", examples)}";
        return new BotReply("Hi! I answer questions from the team's conference notes. Type help for the commands.", [
            SectionBlock.Mrkdwn(text),
            new ContextBlock([new MrkdwnText("Type `help` for every command.")]),
        ]);
    }

    private static string Typed(string prefix, string rest) => prefix.Length == 0 ? rest : $"{prefix} {rest}";
}
