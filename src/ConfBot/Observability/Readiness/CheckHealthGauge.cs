using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConfBot.Observability.Readiness;

/// <summary>
/// Every health check's last result as <c>confbot_check_healthy{check}</c> (1 healthy, 0 not), published by ASP.NET
/// Core's health check publisher every 30 s: the store's state, which <c>/readyz</c> leaves out, stays visible to
/// alerts without anyone polling <c>/readyz?full</c>.
/// </summary>
internal sealed class CheckHealthGauge : IHealthCheckPublisher
{
    private readonly ConcurrentDictionary<string, int> _healthy = new(StringComparer.Ordinal);

    public CheckHealthGauge(IMeterFactory meters) =>
        meters.Create(ConfBotMetrics.MeterName).CreateObservableGauge("confbot.check.healthy", Observe,
            description: "1 when the health check passed at its last periodic run, 0 when it failed; by check (index, slack, store, lifecycle, warm-up)");

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        foreach (var (check, entry) in report.Entries)
            _healthy[check] = entry.Status == HealthStatus.Healthy ? 1 : 0;
        return Task.CompletedTask;
    }

    private IEnumerable<Measurement<int>> Observe() =>
        _healthy.Select(check => new Measurement<int>(check.Value, new KeyValuePair<string, object?>("check", check.Key)));
}
