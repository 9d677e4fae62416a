using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConfBot.Observability.Readiness;

/// <summary>Ready once the notes have been indexed; a later failed rebuild keeps the previous snapshot, so stays ready.</summary>
internal sealed class IndexReadyCheck(IndexStatus index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.LastLoaded is { } loaded
            ? HealthCheckResult.Healthy($"index loaded at {loaded:O}")
            : HealthCheckResult.Unhealthy("the notes have not been indexed yet"));
}
