namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>auth.test</c>.</summary>
internal sealed record AuthTestResponse : SlackApiResponse
{
    public string? UserId { get; init; }

    public string? BotId { get; init; }

    public string? TeamId { get; init; }

    public string? Team { get; init; }

    public string? Url { get; init; }
}
