using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConfBot.Observability.Readiness;

/// <summary>Not ready once shutdown has begun, so a load balancer stops sending work while in-flight answers finish.</summary>
internal sealed class ShutdownReadyCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("shutting down")
            : HealthCheckResult.Healthy("running"));
}
