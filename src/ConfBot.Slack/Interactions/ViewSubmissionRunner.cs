using ConfBot.Slack.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// Runs a modal's submission handler against Slack's 3-second ack, as <see cref="CommandRunner"/> does for commands:
/// an answer ready before <see cref="SlackOptions.ViewSubmissionAckDeadline"/> is the ack body. A slower handler is
/// left to finish on the worker and the modal closes; a failing one keeps the modal open with an apology under its
/// first field, so the user's input is not lost.
/// </summary>
internal sealed partial class ViewSubmissionRunner(
    CallbackRouter router,
    IServiceScopeFactory scopes,
    SlackWorkQueue queue,
    IHostApplicationLifetime lifetime,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<ViewSubmissionRunner> logger)
{
    public async Task<ViewSubmissionResponse?> RunAsync(ViewSubmissionRequest request, CancellationToken cancellationToken)
    {
        if (router.Find(request) is not { } route)
            return null;

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["SlackCallbackId"] = request.RouteId, ["SlackViewId"] = request.View.Id });
        var running = HandleAsync(request, route);
        if (await AckDeadline.FinishesWithinAsync(running, options.Value.ViewSubmissionAckDeadline, time, cancellationToken))
            return await running;

        LogSlow(request.RouteId, options.Value.ViewSubmissionAckDeadline);
        // Awaited on the worker, so the rest of its work is drained at shutdown and its failure logged.
        queue.TryEnqueue($"late view submission {request.RouteId}", ct => running.WaitAsync(ct));
        return null;
    }

    private async Task<ViewSubmissionResponse?> HandleAsync(ViewSubmissionRequest request, Type route)
    {
        // Let the ack path start its deadline before a synchronous handler gets the thread.
        await Task.Yield();
        await using var services = scopes.CreateAsyncScope();
        var handler = (IViewSubmissionHandler)services.ServiceProvider.GetRequiredService(route);
        try
        {
            return await handler.Handle(request, lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogHandlerFailed(ex, route.Name, request.RouteId);
            return request.View.State?.Values.Keys.FirstOrDefault() is { } field
                ? ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { [field] = options.Value.CommandErrorText })
                : null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "View submission handler for {CallbackId} took longer than {Deadline}; acking empty, the modal closes")]
    private partial void LogSlow(string callbackId, TimeSpan deadline);

    [LoggerMessage(Level = LogLevel.Error, Message = "View submission handler {Handler} failed on {CallbackId}")]
    private partial void LogHandlerFailed(Exception exception, string handler, string callbackId);
}
