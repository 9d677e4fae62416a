using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Dispatch;

/// <summary>Calls every registered handler of a kind in a fresh DI scope; one handler's failure never stops the others.</summary>
internal sealed partial class HandlerInvoker(IServiceScopeFactory scopes, ILogger<HandlerInvoker> logger)
{
    public async Task InvokeAllAsync<THandler>(string what, Func<THandler, Task> handle, CancellationToken cancellationToken)
        where THandler : notnull
    {
        await using var services = scopes.CreateAsyncScope();
        var handlers = services.ServiceProvider.GetServices<THandler>().ToList();
        if (handlers.Count == 0)
            LogNoHandler(what);

        foreach (var handler in handlers)
        {
            try
            {
                await handle(handler);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogHandlerFailed(ex, handler.GetType().Name, what);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No handler registered for {What}")]
    private partial void LogNoHandler(string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack handler {Handler} failed on {What}")]
    private partial void LogHandlerFailed(Exception exception, string handler, string what);
}
