using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Dispatch;

/// <summary>Runs queued handler work a few at a time; a failing handler is logged and never stops the worker.</summary>
internal sealed partial class SlackWorker(SlackWorkQueue queue, IOptions<SlackOptions> options, ILogger<SlackWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.HandlerConcurrency, CancellationToken = stoppingToken };
        try
        {
            await Parallel.ForEachAsync(queue.Reader.ReadAllAsync(stoppingToken), parallel, RunAsync);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: unfinished work is abandoned; Slack has already been acked.
        }
    }

    private async ValueTask RunAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        try
        {
            await item.Work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogAbandoned(item.Name);
        }
        catch (Exception ex)
        {
            LogFailed(ex, item.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack work {Work} failed")]
    private partial void LogFailed(Exception exception, string work);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack work {Work} abandoned at shutdown")]
    private partial void LogAbandoned(string work);
}
