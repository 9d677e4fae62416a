using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Identity;

/// <summary>
/// Calls <c>auth.test</c> before any transport starts, so a token Slack rejects stops the host at once instead of
/// failing on the first user's question. A Slack that cannot be reached is no reason to stay down (a replica
/// restarting during a Slack incident would otherwise crash-loop): the host starts not ready, and <c>auth.test</c>
/// is retried with backoff until Slack answers.
/// </summary>
internal sealed partial class BotIdentityInitializer(
    ISlackApiClient api,
    SlackBotIdentity identity,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<BotIdentityInitializer> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Authenticated(await api.AuthTestAsync(cancellationToken));
        }
        catch (Exception ex) when (SlackApiFailure.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(SlackApiFailure.Describe(ex));
            _retrying = RetryUntilAuthenticatedAsync(_stopping.Token);
        }
        catch (SlackApiException ex)
        {
            LogAuthFailed(ex.Error);
            throw;
        }
    }

    private async Task RetryUntilAuthenticatedAsync(CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Task.Delay(Wait(attempt), time, stopping);
                Authenticated(await api.AuthTestAsync(stopping));
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The outage was logged when it began; each retry is for debugging, and readiness says why meanwhile.
                // A rejection now (token revoked meanwhile) cannot fix itself either, but the host is already serving
                // what it can.
                var (failure, next) = (SlackApiFailure.Describe(ex), Wait(attempt + 1));
                LogStillFailing(failure, next);
            }
        }
    }

    private TimeSpan Wait(int attempt) => CappedBackoff.Delay(options.Value.ApiRetryBaseDelay, MaxRetryDelay, attempt);

    private void Authenticated(AuthTestResult self)
    {
        identity.Current = self;
        LogAuthenticated(self.UserId, self.BotId, self.TeamId, self.Team);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack bot token belongs to user {UserId} (bot {BotId}) in team {TeamId} ({Team})")]
    private partial void LogAuthenticated(string userId, string? botId, string teamId, string? team);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Slack auth.test failed with {Error}; check ConfBot:Slack:BotToken")]
    private partial void LogAuthFailed(string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack is unreachable at start ({Failure}); serving without a checked bot token, not ready until auth.test succeeds")]
    private partial void LogUnreachable(string failure);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack auth.test still failing ({Failure}); next attempt in {Delay}")]
    private partial void LogStillFailing(string failure, TimeSpan delay);
}
