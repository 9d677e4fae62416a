using System.Text.RegularExpressions;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Commands;

/// <summary>
/// Every command, in the order help lists them (registration order, then help): reads what a user typed and runs
/// the command it selects. A first word selects a command only when the rest fits it (<see cref="IBotCommand.Fits"/>);
/// otherwise the whole text is a question, so "talk" alone or "conferences about kubernetes" is asked, not half-obeyed.
/// </summary>
public sealed partial class CommandTable
{
    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase) { "hi", "hello", "hey" };

    private readonly IBotCommand _question;

    public CommandTable(IEnumerable<IBotCommand> commands)
    {
        All = [.. commands, new HelpCommand(this)];
        var defaults = All.Where(c => c.Usage.Name is null).ToList();
        if (defaults.Count != 1)
            throw new InvalidOperationException($"The bot needs exactly one command without a name (the question); it has {defaults.Count}.");
        _question = defaults[0];
        var twice = All.GroupBy(c => c.Usage.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Key is not null && g.Count() > 1);
        if (twice is not null)
            throw new InvalidOperationException($"Two bot commands are named '{twice.Key}'.");
    }

    public IReadOnlyList<IBotCommand> All { get; }

    /// <summary>The command a first word selects, or null.</summary>
    public IBotCommand? Named(string word) =>
        All.FirstOrDefault(c => c.Usage.Name is not null && string.Equals(c.Usage.Name, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Only a greeting ("hi", "Hello!"): the bot introduces itself, on every surface alike.</summary>
    public static bool IsGreeting(string? text) => Greetings.Contains((text ?? "").Trim().TrimEnd('!', '.', '?'));

    public BotRequest Parse(string? text)
    {
        var typed = Whitespace().Replace(text ?? "", " ").Trim();
        if (typed.Length == 0)
            return new BotRequest(HelpCommand.Name, "");
        var (first, rest) = CommandWords.Of(typed);
        return Named(first) is { } command && command.Fits(rest)
            ? new BotRequest(command.Usage.Name, rest)
            : new BotRequest(null, typed);
    }

    /// <summary>Answers what a user typed: a greeting with the welcome, anything else by its command.</summary>
    public Task<BotReply> AnswerAsync(string? text, BotContext context, CancellationToken cancellationToken) =>
        IsGreeting(text)
            ? Task.FromResult(HelpReply.Welcome(this))
            : RunAsync(Parse(text), context, cancellationToken);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        (request.Command is { } name ? Named(name) ?? _question : _question).RunAsync(request, context, cancellationToken);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
