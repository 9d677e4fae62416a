namespace ConfBot.Slack.WebApi;

/// <summary>A Slack Web API call failed; <see cref="Error"/> is Slack's error code, e.g. <c>channel_not_found</c>.</summary>
public sealed class SlackApiException(string method, string error, TimeSpan? retryAfter = null)
    : Exception($"Slack API call {method} failed: {error}" + (retryAfter is { } wait ? $" (Slack asked to wait {wait} before calling it again)" : ""))
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    /// <summary>The wait a 429 asked for, when it was not waited out (longer than <see cref="SlackOptions.ApiMaxRetryAfter"/>, or out of retries).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
