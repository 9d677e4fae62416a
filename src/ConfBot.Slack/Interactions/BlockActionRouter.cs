using ConfBot.Slack.Commands;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// Sends each action of a <c>block_actions</c> request to the one handler its action id is routed to (as SlackNet's
/// <c>BlockActionHandler</c> registrations and Bolt's <c>app.action(id)</c> do), in one DI scope per request.
/// A failing handler is logged and does not stop the request's other actions; the person who clicked is told, as a
/// failing slash command's caller is, since a click that silently does nothing looks like a broken button.
/// </summary>
internal sealed partial class BlockActionRouter(
    BlockActionRoutes routes, IServiceScopeFactory scopes, ISlackApiClient api, IOptions<SlackOptions> options, ILogger<BlockActionRouter> logger)
{
    // Unknown ids are warned about once each, not per click; bounded, as the ids come from outside.
    private readonly RecentKeys _warned = new(capacity: 256);

    public async Task RouteAsync(BlockActionRequest request, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var failed = false;
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
                failed = true;
            }
        }

        if (failed && request.ResponseUrl is { } responseUrl)
            await ApologiseAsync(responseUrl, cancellationToken);
    }

    private async Task ApologiseAsync(string responseUrl, CancellationToken cancellationToken)
    {
        try
        {
            // A new ephemeral message: the message with the button stays as it was, since nothing it shows changed.
            await api.RespondAsync(responseUrl, SlashCommandResponse.Ephemeral(options.Value.CommandErrorText) with { ReplaceOriginal = false }, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogApologyFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No block action handler is registered for action id {ActionId}; acking and ignoring it")]
    private partial void LogUnrouted(string actionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Block action handler {Handler} failed on {ActionId}")]
    private partial void LogHandlerFailed(Exception exception, string handler, string actionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the clicker that their click failed")]
    private partial void LogApologyFailed(Exception exception);
}
