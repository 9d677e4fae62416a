using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Drops a repeated event: Slack's retries carry the same event_id, and a message is also keyed by channel and ts
/// as a safety net for the rare duplicate sent under a new event_id. Retries are not dropped for being retries:
/// the first delivery may never have arrived.
/// </summary>
internal sealed partial class DedupeStep(IProcessedEventStore processed, IOptions<SlackOptions> options, ILogger<DedupeStep> logger) : ISlackStep
{
    public async Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken)
    {
        if (delivery is not { Envelope.EventId: { } eventId, Header: { } header })
            return await next(delivery, cancellationToken);
        if (await IsFirstDeliveryAsync(eventId, MessageKey(header), cancellationToken))
            return await next(delivery, cancellationToken);

        LogDuplicate(header.Type);
        return SlackAnswer.Ignored;
    }

    /// <summary>The type is part of the key because one message can legitimately arrive as both <c>message</c> and <c>app_mention</c>.</summary>
    private static string? MessageKey(EventHeader header) =>
        header is { Channel: { } channel, Ts: { } ts } ? $"{header.Type}:{channel}:{ts}" : null;

    private async Task<bool> IsFirstDeliveryAsync(string eventId, string? messageKey, CancellationToken cancellationToken)
    {
        var retention = options.Value.ProcessedEventRetention;
        if (!await processed.TryMarkProcessedAsync($"event:{eventId}", retention, cancellationToken))
            return false;
        return messageKey is null || await processed.TryMarkProcessedAsync(messageKey, retention, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipping repeated delivery of {Type} event")]
    private partial void LogDuplicate(string type);
}
