namespace ConfBot.Bot.Requests;

/// <summary>A parsed request: the command, its argument (trimmed; empty when none was given), and the page asked for.</summary>
/// <param name="Command">The command's name, or null for a question.</param>
/// <param name="Offset">The rank of the first result to show; "More results" asks again from further on.</param>
public sealed record BotRequest(string? Command, string Argument, int Offset = 0)
{
    /// <summary>The request as a user would type it; parses back to an equal request at offset 0.</summary>
    public string Text => Command is { } name
        ? (Argument.Length == 0 ? name : $"{name} {Argument}")
        : Argument;
}
