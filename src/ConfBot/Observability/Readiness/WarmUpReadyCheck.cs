using ConfBot.Hosting.WarmUp;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConfBot.Observability.Readiness;

/// <summary>Ready once the answer path has been rehearsed, so the first real requests run on compiled code.</summary>
internal sealed class WarmUpReadyCheck(ServiceWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.IsDone
            ? HealthCheckResult.Healthy("answer path warmed up")
            : HealthCheckResult.Unhealthy("warming up the answer path"));
}
