using ConfBot.Slack.Identity;
using ConfBot.Slack.SocketMode;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConfBot.Observability.Readiness;

/// <summary>
/// Ready once <c>auth.test</c> accepted the bot token and, in Socket Mode, the connection is up (events arrive only then).
/// </summary>
internal sealed class SlackReadyCheck(ISlackBotIdentity identity, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (identity.Current is null)
            return Task.FromResult(HealthCheckResult.Unhealthy("the Slack bot token has not been checked with auth.test yet"));
        if (services.GetService<ISocketModeStatus>() is { State: SocketModeState.Disabled } stopped)
            return Task.FromResult(HealthCheckResult.Unhealthy($"Socket Mode stopped: {stopped.StoppedBecause}"));
        if (services.GetService<ISocketModeStatus>() is { State: not SocketModeState.Connected } socket)
            return Task.FromResult(HealthCheckResult.Unhealthy($"Socket Mode is {socket.State.ToString().ToLowerInvariant()}"));
        return Task.FromResult(HealthCheckResult.Healthy($"bot token valid for team {identity.Current.TeamId}"));
    }
}
