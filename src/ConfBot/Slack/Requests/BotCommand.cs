namespace ConfBot.Slack.Requests;

/// <summary>One line of the command table: how it is typed, what it does, and an example.</summary>
/// <param name="Name">The first word that selects it; null for the default (a question).</param>
/// <param name="Usage">What follows the slash command, e.g. <c>talk ID-or-title</c>.</param>
/// <param name="Example">A realistic argument line, shown in help and on the Home tab.</param>
/// <param name="Fits">Whether the words after the name are this command's argument (<see cref="CommandArguments"/>); when not, the text is a question.</param>
internal sealed record BotCommand(CommandKind Kind, string? Name, string Usage, string Description, string Example, Func<string, bool> Fits);
