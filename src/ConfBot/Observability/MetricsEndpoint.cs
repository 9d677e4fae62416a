using OpenTelemetry.Metrics;

namespace ConfBot.Observability;

/// <summary>
/// <c>/metrics</c> on the service's listener, or, with <see cref="MetricsOptions.Port"/>, on that port alone: there it
/// is told by the port the connection came in on, since the Host header (what <c>RequireHost</c> matches) is whatever
/// the client sends, and a forged one would show the metrics on the Slack listener after all.
/// </summary>
internal static class MetricsEndpoint
{
    public static WebApplication MapMetrics(this WebApplication app, int? port)
    {
        if (port is not { } metricsPort)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
            return app;
        }

        app.MapWhen(context => context.Connection.LocalPort == metricsPort, metrics =>
        {
            metrics.UseOpenTelemetryPrometheusScrapingEndpoint();
            // Routing has matched the service's own endpoints already; the metrics port serves none of them.
            metrics.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
        return app;
    }
}
