namespace ConfBot.Slack.WebApi;

/// <summary>A Slack Web API call failed; <see cref="Error"/> is Slack's error code, e.g. <c>channel_not_found</c>.</summary>
public sealed class SlackApiException(string method, string error)
    : Exception($"Slack API call {method} failed: {error}")
{
    public string Method { get; } = method;

    public string Error { get; } = error;
}
