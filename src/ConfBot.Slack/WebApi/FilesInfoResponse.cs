namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>files.info</c>.</summary>
internal sealed record FilesInfoResponse : SlackApiResponse
{
    public SlackFile? File { get; init; }
}
