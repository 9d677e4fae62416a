using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Commands;

/// <summary>
/// One thing users can type. Register it with <c>AddBotCommand</c>; the command table then parses it, routes to it,
/// and lists it in help, the welcome text and the Home tab.
/// </summary>
public interface IBotCommand
{
    CommandUsage Usage { get; }

    /// <summary>Whether the words after the name are this command's argument; when not, the whole text is a question.</summary>
    bool Fits(string rest);

    Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken);
}
