using ConfBot.Core.Answers;
using ConfBot.Observability.Readiness;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;

namespace ConfBot.Observability;

/// <summary>Composition of logs, metrics, <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c> for <c>confbot serve</c>.</summary>
internal static class ObservabilityExtensions
{
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
        const string ready = ReadinessEndpoint.ReadyTag;
        services.AddHealthChecks()
            .AddCheck<IndexReadyCheck>("index", tags: [ready])
            .AddCheck<SlackReadyCheck>("slack", tags: [ready])
            .AddCheck<StoreReadyCheck>("store", tags: [ReadinessEndpoint.FullTag])
            .AddCheck<ShutdownReadyCheck>("lifecycle", tags: [ready])
            .AddCheck<WarmUpReadyCheck>("warm-up", tags: [ready]);
        services.AddSingleton<IHealthCheckPublisher, CheckHealthGauge>();
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestMetricsMiddleware>();
        // Alive as long as the process serves HTTP: a restart would not fix a missing index or an unreachable store.
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", ReadinessEndpoint.HandleAsync);
        app.MapMetrics("/metrics", app.Services.GetRequiredService<PrometheusExporter>().Registry);
        return app;
    }
}
