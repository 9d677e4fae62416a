using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// Sends a shortcut, message shortcut or closed modal to the one handler registered for its kind and callback id,
/// in its own DI scope, after the ack. An unrouted callback id is warned about once; a failing handler is logged.
/// </summary>
internal sealed partial class CallbackRouter(CallbackRoutes routes, IServiceScopeFactory scopes, ILogger<CallbackRouter> logger)
{
    private readonly RecentKeys _warned = new(capacity: 256);

    public async Task RouteAsync(CallbackInteraction request, CancellationToken cancellationToken)
    {
        if (Find(request) is not { } route)
            return;

        await using var services = scopes.CreateAsyncScope();
        var handler = services.ServiceProvider.GetRequiredService(route);
        try
        {
            await ((handler, request) switch
            {
                (IShortcutHandler h, ShortcutRequest r) => h.Handle(r, cancellationToken),
                (IMessageShortcutHandler h, MessageShortcutRequest r) => h.Handle(r, cancellationToken),
                (IViewClosedHandler h, ViewClosedRequest r) => h.Handle(r, cancellationToken),
                _ => throw new InvalidOperationException($"{route.Name} cannot handle {request.Type}."),
            });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(ex, route.Name, request.Type, request.RouteId);
        }
    }

    /// <summary>The handler type for <paramref name="request"/>, or null (warned about once per kind and id).</summary>
    public Type? Find(CallbackInteraction request)
    {
        if (routes.Find(request) is { } route)
            return route;
        if (_warned.Add($"{request.Type}:{request.RouteId}"))
            LogUnrouted(request.Type, request.RouteId);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No handler is registered for {Type} with callback id {CallbackId}; acking and ignoring it")]
    private partial void LogUnrouted(string type, string callbackId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler {Handler} failed on {Type} {CallbackId}")]
    private partial void LogHandlerFailed(Exception exception, string handler, string type, string callbackId);
}
