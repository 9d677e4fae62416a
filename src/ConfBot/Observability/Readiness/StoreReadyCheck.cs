using ConfBot.Core.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConfBot.Observability.Readiness;

/// <summary>
/// When a state store is registered, healthy only if it answers — in <c>/readyz?full</c> and <c>confbot_check_healthy</c>,
/// not in plain <c>/readyz</c> (see <see cref="ReadinessEndpoint"/>). The stores have no ping, so this looks up a
/// channel id Slack never issues: a read-only round trip to the database that leaves nothing behind.
/// </summary>
internal sealed class StoreReadyCheck(IServiceProvider services) : IHealthCheck
{
    private const string ProbeChannel = "confbot-readiness-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<IDigestSubscriptionStore>() is not { } store)
            return HealthCheckResult.Healthy("no state store registered");
        try
        {
            await store.GetAsync(ProbeChannel, cancellationToken);
            return HealthCheckResult.Healthy("state store reachable");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The exception type only: a driver's message can carry the host name or user of the connection string.
            return HealthCheckResult.Unhealthy($"state store unreachable ({ex.GetType().Name})");
        }
    }
}
