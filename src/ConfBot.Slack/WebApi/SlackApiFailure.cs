using System.Net.Sockets;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ConfBot.Slack.WebApi;

/// <summary>A short, low-cardinality name for why a Web API call failed, used as a metric label.</summary>
internal static class SlackApiFailure
{
    public static string Describe(Exception exception) => exception switch
    {
        SlackApiException slack => slack.Error,
        BrokenCircuitException => "circuit_open",
        TimeoutRejectedException => "timeout",
        OperationCanceledException => "cancelled",
        HttpRequestException { InnerException: SocketException } => "connection_failed",
        HttpRequestException => "http_failure",
        _ => exception.GetType().Name,
    };

    /// <summary>
    /// True when Slack could not be reached or was failing (network, timeout, open circuit, 429, 5xx, Slack's own
    /// internal errors), as opposed to Slack answering that the call itself is wrong (<c>invalid_auth</c>, a 404).
    /// </summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        SlackApiException { Error: "ratelimited" or "request_timeout" or "service_unavailable" or "fatal_error" or "internal_error" or "invalid_response" } => true,
        SlackApiException slack => slack.Error.StartsWith("http_5", StringComparison.Ordinal),
        HttpRequestException or TimeoutRejectedException or BrokenCircuitException => true,
        _ => false,
    };
}
