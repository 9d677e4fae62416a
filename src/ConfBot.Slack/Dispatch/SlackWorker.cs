using System.Diagnostics;
using ConfBot.Slack.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Dispatch;

/// <summary>
/// Runs queued handler work a few at a time; a failing handler is logged and never stops the worker.
/// At shutdown it drains: the queue stops taking work, and what was acked already is finished unless the host's
/// <see cref="HostOptions.ShutdownTimeout"/> runs out first, because Slack will not redeliver an acked event.
/// </summary>
internal sealed partial class SlackWorker(
    SlackWorkQueue queue, IEnumerable<ISlackWorkObserver> observers, IOptions<SlackOptions> options, ILogger<SlackWorker> logger)
    : BackgroundService
{
    // Cancelled only when the shutdown timeout runs out, not when shutdown starts.
    private readonly CancellationTokenSource _abandon = new();
    private readonly ISlackWorkObserver[] _observers = [.. observers];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.HandlerConcurrency, CancellationToken = _abandon.Token };
        try
        {
            await Parallel.ForEachAsync(queue.Reader.ReadAllAsync(_abandon.Token), parallel, RunAsync);
            LogDrained();
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
        {
            LogGaveUp(queue.Reader.Count);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        await using var giveUp = cancellationToken.Register(_abandon.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

    private async ValueTask RunAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        SlackWorkOutcome outcome;
        // The span ends with the work, before observers hear of it: whoever waits for the work finds its span exported.
        using (var span = SlackActivities.Source.StartActivity("slack work", ActivityKind.Internal, item.Parent))
        {
            span?.SetTag("confbot.work", item.Name);
            outcome = await TryRunAsync(item, cancellationToken);
            if (outcome != SlackWorkOutcome.Completed)
                span?.SetStatus(ActivityStatusCode.Error, outcome.ToString());
        }

        foreach (var observer in _observers)
            observer.OnFinished(item, outcome);
    }

    private async Task<SlackWorkOutcome> TryRunAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        try
        {
            await item.Work(cancellationToken);
            return SlackWorkOutcome.Completed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogAbandoned(item.Name);
            return SlackWorkOutcome.Abandoned;
        }
        catch (Exception ex)
        {
            LogFailed(ex, item.Name);
            return SlackWorkOutcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack work {Work} failed")]
    private partial void LogFailed(Exception exception, string work);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work {Work} abandoned: the shutdown timeout ran out")]
    private partial void LogAbandoned(string work);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack work queue drained")]
    private partial void LogDrained();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timeout ran out with {Queued} Slack work items still queued")]
    private partial void LogGaveUp(int queued);
}
