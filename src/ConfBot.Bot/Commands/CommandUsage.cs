namespace ConfBot.Bot.Commands;

/// <summary>How a command is typed and what it does, for help and the Home tab.</summary>
/// <param name="Name">The first word that selects it; null for the default (a question).</param>
/// <param name="Syntax">What follows the bot's command, e.g. <c>talk ID-or-title</c>.</param>
/// <param name="Example">A realistic argument line to copy.</param>
public sealed record CommandUsage(string? Name, string Syntax, string Description, string Example);
