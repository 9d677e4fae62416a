namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>chat.postMessage</c> and <c>chat.update</c>.</summary>
internal sealed record PostMessageResponse : SlackApiResponse
{
    public string? Channel { get; init; }

    public string? Ts { get; init; }
}
