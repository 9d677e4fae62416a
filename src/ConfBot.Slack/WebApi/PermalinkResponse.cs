namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>chat.getPermalink</c>.</summary>
internal sealed record PermalinkResponse : SlackApiResponse
{
    public string? Permalink { get; init; }
}
