using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Commands;

/// <summary>Help and welcome replies, generated from the <see cref="CommandTable"/>.</summary>
public static class HelpReply
{
    private static readonly RichText Hint = RichText.Of("In a DM with ConfBot type the same without the command; in a channel, mention @ConfBot and ask.");

    /// <summary>One line per command: syntax, description, example. <paramref name="prefix"/> is the slash command, or empty.</summary>
    public static IReadOnlyList<RichText> Lines(CommandTable table, string prefix) => [.. table.All.Select(c => Line(c.Usage, prefix))];

    public static BotReply All(CommandTable table, string commandName)
    {
        var text = new RichTextBuilder().Bold("What you can ask ConfBot");
        foreach (var line in Lines(table, commandName))
            text.Line().Append(line);
        var names = string.Join(", ", table.All.Select(c => c.Usage.Name).OfType<string>());
        return new BotReply($"ConfBot help: {commandName} QUESTION, or {names}", [new ReplyParagraph(text.Build()), new ReplyNote(Hint)]);
    }

    public static BotReply For(CommandUsage usage, string commandName) =>
        new($"ConfBot help: {Typed(commandName, usage.Syntax)}", [new ReplyParagraph(Line(usage, commandName)), new ReplyNote(Hint)]);

    /// <summary>The short greeting for "hi": what ConfBot does and examples to copy.</summary>
    public static BotReply Welcome(CommandTable table)
    {
        var text = new RichTextBuilder()
            .Text("Hi! I answer questions from the team's conference notes. Just ask, for example:")
            .Bullets(table.All.Where(c => c.Usage.Name != HelpCommand.Name).Select(c => new RichText([new Code(c.Usage.Example)])));
        return new BotReply("Hi! I answer questions from the team's conference notes. Type help for the commands.", [
            new ReplyParagraph(text.Build()),
            new ReplyNote(new RichTextBuilder().Text("Type ").Code("help").Text(" for every command.").Build()),
        ]);
    }

    /// <summary>Ways to ask, one per command, typed after <paramref name="commandName"/>: the Home tab's "Try asking".</summary>
    public static RichText Examples(CommandTable table, string commandName) =>
        new RichTextBuilder().Bullets(table.All.Select(c => new RichText([new Code(Typed(commandName, c.Usage.Example))]))).Build();

    private static RichText Line(CommandUsage usage, string prefix) => new RichTextBuilder()
        .Code(Typed(prefix, usage.Syntax)).Text($" — {usage.Description}. ").Italic("e.g.").Text(" ").Code(Typed(prefix, usage.Example))
        .Build();

    private static string Typed(string prefix, string rest) => prefix.Length == 0 ? rest : $"{prefix} {rest}";
}
