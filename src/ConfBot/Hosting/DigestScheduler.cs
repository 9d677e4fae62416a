using ConfBot.Core.Digests;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using ConfBot.Observability;
using Microsoft.Extensions.Options;

namespace ConfBot.Hosting;

/// <summary>
/// Runs the digest runner on a timer for as long as the service is up. A failing tick (database down, a bug) is
/// logged and the next tick tries again: digests are worth retrying, never worth taking the Slack bot down for.
/// </summary>
internal sealed partial class DigestScheduler(
    IDigestRunner runner,
    IKnowledgeBase knowledge,
    IOptions<DigestSchedulerOptions> options,
    TimeProvider time,
    ConfBotMetrics metrics,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TickInterval, time);
        // The first check is at once, so a digest due while the service was restarting goes out without waiting a tick.
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.NextTickOrStopAsync(stoppingToken));
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var result in await runner.RunDueAsync(knowledge.Catalog, stoppingToken))
            {
                metrics.DigestRan(result.Outcome);
                LogResult(result.Key, result.Outcome);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogTickFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {Key}: {Outcome}")]
    private partial void LogResult(DigestKey key, DigestOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking for due digests failed; trying again next tick")]
    private partial void LogTickFailed(Exception exception);
}
