using System.Diagnostics;
using ConfBot.Hosting.WarmUp;

namespace ConfBot.Observability;

/// <summary>Counts every request by route pattern and outcome, and times the ack of Slack requests.</summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, ConfBotMetrics metrics, WarmUpTraffic warmUp)
{
    private const string SlackPrefix = "/slack/";

    public async Task InvokeAsync(HttpContext context)
    {
        warmUp.Mark(context);
        var started = Stopwatch.GetTimestamp();
        var statusCode = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            statusCode = context.Response.StatusCode;
        }
        finally
        {
            // The route pattern, not the raw path, so junk URLs cannot grow the label set without bound.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.RequestHandled(route, statusCode, Stopwatch.GetElapsedTime(started), route.StartsWith(SlackPrefix, StringComparison.Ordinal));
        }
    }
}
