namespace ConfBot.Slack.WebApi;

/// <summary>The fields every Web API reply carries.</summary>
internal record SlackApiResponse
{
    public required bool Ok { get; init; }

    public string? Error { get; init; }

    public string? Warning { get; init; }
}
