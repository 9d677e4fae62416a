namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>chat.postEphemeral</c>.</summary>
internal sealed record PostEphemeralResponse : SlackApiResponse
{
    public string? MessageTs { get; init; }
}
