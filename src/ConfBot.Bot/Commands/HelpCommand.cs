using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Commands;

/// <summary><c>help [COMMAND]</c>: every command of the table, or the one named. Part of every table, listed last.</summary>
internal sealed class HelpCommand(CommandTable table) : IBotCommand
{
    public const string Name = "help";

    public CommandUsage Usage { get; } = new(Name, "help [COMMAND]", "this list, or one command's", "help digest");

    /// <summary>Nothing, or one command's name: <c>help</c>, <c>help digest</c>.</summary>
    public bool Fits(string rest) => rest.Length == 0 || table.Named(rest) is not null;

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        Task.FromResult(table.Named(request.Argument) is { } topic && request.Argument.Length > 0
            ? HelpReply.For(topic.Usage, context.CommandName)
            : HelpReply.All(table, context.CommandName));
}
