using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Interactions;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Acks events, block actions, shortcuts and closed modals at once and queues the rest of the pipeline for
/// <see cref="SlackWorker"/>, inside a log scope naming the delivery; a full queue answers busy so Slack retries.
/// Commands and modal submissions pass on: their answer is the ack's body, within their own deadline.
/// </summary>
internal sealed class BackgroundStep(SlackWorkQueue queue, ILogger<BackgroundStep> logger) : ISlackStep
{
    public Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken)
    {
        if (Describe(delivery) is not var (name, scope))
            return next(delivery, cancellationToken);

        var queued = queue.TryEnqueue(name, async ct =>
        {
            using var _ = logger.BeginScope(scope);
            await next(delivery, ct);
        });
        return Task.FromResult(queued ? SlackAnswer.Queued : SlackAnswer.Busy);
    }

    private static (string Name, Dictionary<string, object?> Scope)? Describe(SlackDelivery delivery) => delivery switch
    {
        { Envelope: { } envelope } => ($"event {envelope.EventId}", new() { ["SlackEventId"] = envelope.EventId, ["SlackTeamId"] = envelope.TeamId }),
        { BlockActions: { } request } => (BlockActionRequest.PayloadType, new() { ["SlackTriggerId"] = request.TriggerId, ["SlackActionId"] = request.Actions[0].ActionId }),
        { Callback: { } callback and not ViewSubmissionRequest } => (callback.Type, new() { ["SlackCallbackId"] = callback.RouteId }),
        _ => null,
    };
}
