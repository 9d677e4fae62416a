namespace ConfBot.Slack.Events;

/// <summary>Someone wrote <c>&lt;@bot&gt;</c> in a channel. Direct messages never arrive as mentions.</summary>
public sealed record AppMention : SlackEvent
{
    public required string Channel { get; init; }

    public required string User { get; init; }

    /// <summary>Includes the mention itself, e.g. <c>&lt;@U0LAN0Z89&gt; is it everything a river should be?</c>.</summary>
    public string Text { get; init; } = "";

    public required string Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? BotId { get; init; }

    /// <summary>Files shared in the message that mentions the app.</summary>
    public IReadOnlyList<MessageFile>? Files { get; init; }
}
