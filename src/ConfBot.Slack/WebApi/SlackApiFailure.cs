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
}
