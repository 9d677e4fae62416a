using ConfBot.Core.Answers;
using ConfBot.Observability.Readiness;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Prometheus;

namespace ConfBot.Observability;

/// <summary>Composition of logs, metrics, <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c> for <c>confbot serve</c>.</summary>
internal static class ObservabilityExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.AddConfBotJsonLogging();
        var services = builder.Services;
        services.AddMetrics();
        services.AddSingleton<ConfBotMetrics>();
        services.AddSingleton<PrometheusExporter>();
        services.AddHostedService(sp => sp.GetRequiredService<PrometheusExporter>());
        services.AddSingleton<IndexStatus>();
        services.AddHostedService(sp => sp.GetRequiredService<IndexStatus>());
        services.AddSingleton<IAnswerObserver>(sp => sp.GetRequiredService<ConfBotMetrics>());
        services.AddHealthChecks()
            .AddCheck<IndexReadyCheck>("index", tags: [ReadyTag])
            .AddCheck<SlackReadyCheck>("slack", tags: [ReadyTag])
            .AddCheck<StoreReadyCheck>("store", tags: [ReadyTag])
            .AddCheck<ShutdownReadyCheck>("lifecycle", tags: [ReadyTag])
            .AddCheck<WarmUpReadyCheck>("warm-up", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestMetricsMiddleware>();
        // Alive as long as the process serves HTTP: a restart would not fix a missing index or an unreachable store.
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = ReadinessResponse.WriteAsync,
        });
        app.MapMetrics("/metrics", app.Services.GetRequiredService<PrometheusExporter>().Registry);
        return app;
    }
}
