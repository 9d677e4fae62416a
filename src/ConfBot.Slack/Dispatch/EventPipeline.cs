using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ConfBot.Slack.Events;
using ConfBot.Slack.Identity;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Dispatch;

/// <summary>
/// Runs one acked <c>event_callback</c>: drop bot and edited messages, drop repeats (by event_id, and by
/// message as a safety net), then call every handler of the event's type inside a log scope.
/// </summary>
internal sealed partial class EventPipeline(
    HandlerInvoker handlers,
    IProcessedEventStore processed,
    SlackBotIdentity identity,
    IOptions<SlackOptions> options,
    ILogger<EventPipeline> logger)
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    public async Task DispatchAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["SlackEventId"] = envelope.EventId, ["SlackTeamId"] = envelope.TeamId });
        if (envelope is not { EventId: { } eventId, Event: { } raw } || SlackJson.TryDeserialize(raw, Json.EventHeader) is not { } header)
        {
            LogMalformed();
            return;
        }

        if (EventFilter.SkipReason(header, identity.Current) is { } reason)
        {
            LogSkipped(header.Type, reason);
            return;
        }

        if (!await IsFirstDeliveryAsync(eventId, EventFilter.MessageKey(header), cancellationToken))
        {
            LogDuplicate(header.Type);
            return;
        }

        LogDispatching(header.Type);
        await (header.Type switch
        {
            EventFilter.MessageType => InvokeAsync(raw, Json.MessageEvent, cancellationToken),
            "app_mention" => InvokeAsync(raw, Json.AppMention, cancellationToken),
            "app_home_opened" => InvokeAsync(raw, Json.AppHomeOpened, cancellationToken),
            _ => Unsupported(header.Type),
        });
    }

    private async Task<bool> IsFirstDeliveryAsync(string eventId, string? messageKey, CancellationToken cancellationToken)
    {
        var retention = options.Value.ProcessedEventRetention;
        if (!await processed.TryMarkProcessedAsync($"event:{eventId}", retention, cancellationToken))
            return false;
        return messageKey is null || await processed.TryMarkProcessedAsync(messageKey, retention, cancellationToken);
    }

    private Task InvokeAsync<TEvent>(JsonElement raw, JsonTypeInfo<TEvent> type, CancellationToken cancellationToken)
        where TEvent : SlackEvent
    {
        if (SlackJson.TryDeserialize(raw, type) is not { } slackEvent)
        {
            LogMalformed();
            return Task.CompletedTask;
        }

        return handlers.InvokeAllAsync<IEventHandler<TEvent>>(
            $"{slackEvent.Type} event", handler => handler.Handle(slackEvent, cancellationToken), cancellationToken);
    }

    private Task Unsupported(string type)
    {
        LogUnsupported(type);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a malformed Slack event")]
    private partial void LogMalformed();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipping {Type} event: {Reason}")]
    private partial void LogSkipped(string type, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipping repeated delivery of {Type} event")]
    private partial void LogDuplicate(string type);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dispatching {Type} event")]
    private partial void LogDispatching(string type);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No handler type exists for {Type} events; ignoring")]
    private partial void LogUnsupported(string type);
}
