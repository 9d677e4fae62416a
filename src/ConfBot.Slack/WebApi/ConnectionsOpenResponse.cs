namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>apps.connections.open</c>: a single-use Socket Mode URL.</summary>
internal sealed record ConnectionsOpenResponse : SlackApiResponse
{
    public string? Url { get; init; }
}
