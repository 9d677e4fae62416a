namespace ConfBot.Slack.WebApi;

/// <summary>The identity behind the bot token, from <c>auth.test</c>.</summary>
public sealed record AuthTestResult
{
    /// <summary>The bot's user id (<c>U…</c>), as it appears in mentions.</summary>
    public required string UserId { get; init; }

    public string? BotId { get; init; }

    public required string TeamId { get; init; }

    public string? Team { get; init; }

    public string? Url { get; init; }
}
