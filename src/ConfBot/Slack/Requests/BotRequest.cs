namespace ConfBot.Slack.Requests;

/// <summary>A parsed request: the command and its argument (trimmed; empty when none was given).</summary>
internal sealed record BotRequest(CommandKind Kind, string Argument)
{
    /// <summary>The request as a user would type it after the slash command; parses back to an equal request.</summary>
    public string Text => ConfBotCommands.Get(Kind).Name is { } name
        ? (Argument.Length == 0 ? name : $"{name} {Argument}")
        : Argument;
}
