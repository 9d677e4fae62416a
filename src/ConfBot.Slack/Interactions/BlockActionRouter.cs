using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// Sends each action of a <c>block_actions</c> request to the one handler its action id is routed to (as SlackNet's
/// <c>BlockActionHandler</c> registrations and Bolt's <c>app.action(id)</c> do), in one DI scope per request.
/// A failing handler is logged and does not stop the request's other actions.
/// </summary>
internal sealed partial class BlockActionRouter(
    BlockActionRoutes routes, IServiceScopeFactory scopes, ILogger<BlockActionRouter> logger)
{
    // Unknown ids are warned about once each, not per click; bounded, as the ids come from outside.
    private readonly RecentKeys _warned = new(capacity: 256);

    public async Task RouteAsync(BlockActionRequest request, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        foreach (var action in request.Actions)
        {
            if (routes.Find(action.ActionId) is not { } route)
            {
                if (_warned.Add(action.ActionId))
                    LogUnrouted(action.ActionId);
                continue;
            }

            var handler = (IBlockActionHandler)services.ServiceProvider.GetRequiredService(route.Handler);
            try
            {
                await handler.Handle(request, action, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogHandlerFailed(ex, route.Handler.Name, action.ActionId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No block action handler is registered for action id {ActionId}; acking and ignoring it")]
    private partial void LogUnrouted(string actionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Block action handler {Handler} failed on {ActionId}")]
    private partial void LogHandlerFailed(Exception exception, string handler, string actionId);
}
