using System.Diagnostics.Metrics;
using ConfBot.Core.Answers;
using ConfBot.Core.Diagnostics;
using ConfBot.Observability.Readiness;
using ConfBot.Slack.Diagnostics;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ConfBot.Observability;

/// <summary>
/// Composition of logs, metrics, traces, <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c> for <c>confbot serve</c>.
/// Metrics are OpenTelemetry's, scraped at <c>/metrics</c> (and sent by OTLP when an endpoint is set); traces are
/// recorded only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or its traces variant) is set, so without a collector the
/// request path pays nothing for them.
/// </summary>
internal static class ObservabilityExtensions
{
    // OpenTelemetry's IMetricsListener: the meters below are enabled for it alone.
    private const string OpenTelemetryListener = "OpenTelemetry";

    // Meters each host makes with its own IMeterFactory: taken from this host only, so two services in one process
    // (as in the tests) never mix their counts. ASP.NET Core's hosting meter gives the stock
    // http_server_request_duration_seconds; the runtime's meter (dotnet_*) is the process's, one for all.
    private static readonly string[] HostMeters = [ConfBotMetrics.MeterName, SlackApiMetrics.MeterName, "Microsoft.AspNetCore.Hosting"];
    private const string RuntimeMeter = "System.Runtime";

    private static readonly string[] TraceSources = [SlackActivities.SourceName, CoreActivities.SourceName, HostActivities.SourceName, "Npgsql"];

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.AddConfBotConsoleLogging(builder.Configuration, toStandardError: false);
        var services = builder.Services;
        services.AddMetrics(metrics =>
        {
            foreach (var meter in HostMeters)
                metrics.EnableMetrics(meter, instrumentName: null, listenerName: OpenTelemetryListener, scopes: MeterScope.Local);
            metrics.EnableMetrics(RuntimeMeter, instrumentName: null, listenerName: OpenTelemetryListener, scopes: MeterScope.Global);
        });
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ConfBotMetrics>();
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

        var exportsOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("confbot", serviceVersion: BuildInfo.Current.Version))
            .WithMetrics(metrics =>
            {
                // Scrapes read the values of that moment: tests and dashboards never see a cached page.
                metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                if (exportsOtlp)
                    metrics.AddOtlpExporter();
            });
        if (exportsOtlp || !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]))
            otel.WithTracing(tracing => tracing
                .AddSource(TraceSources)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => context.Request.Path.StartsWithSegments("/slack"))
                .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = (span, request) =>
                {
                    if (request.RequestUri is { } url)
                        span.SetTag("url.full", TraceUrls.Redact(url));
                })
                .AddOtlpExporter());
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        // First: scrapes on a metrics port of its own never reach the service's pipeline or its request counts.
        app.MapMetrics(app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Port);
        app.UseMiddleware<RequestMetricsMiddleware>();
        // Alive as long as the process serves HTTP: a restart would not fix a missing index or an unreachable store.
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", ReadinessEndpoint.HandleAsync);
        return app;
    }
}
