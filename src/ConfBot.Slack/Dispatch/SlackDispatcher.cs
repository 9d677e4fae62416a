using System.Text.Json;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Dispatch;

/// <summary>
/// The single entry from both transports (HTTP and Socket Mode) into the handlers, after any signature check.
/// Acks first: events and block actions are queued for the background worker; commands get their deadline.
/// </summary>
internal sealed partial class SlackDispatcher(
    SlackWorkQueue queue,
    EventPipeline events,
    CommandRunner commands,
    BlockActionRouter blockActions,
    ILogger<SlackDispatcher> logger)
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    /// <summary>An Events API body: url_verification is answered here; callbacks are queued for <see cref="EventPipeline"/>.</summary>
    public EventAck AcceptEvent(JsonElement body)
    {
        if (SlackJson.TryDeserialize(body, Json.EventEnvelope) is not { IsComplete: true } envelope)
            return new EventAck(Acceptance.Invalid);
        if (envelope.Type == EventEnvelope.UrlVerification)
            return new EventAck(Acceptance.Ignored, envelope.Challenge);
        if (envelope.Type != EventEnvelope.EventCallback)
        {
            LogIgnored("Events API envelope", envelope.Type);
            return new EventAck(Acceptance.Ignored);
        }

        var queued = queue.TryEnqueue($"event {envelope.EventId}", ct => events.DispatchAsync(envelope, ct));
        return new EventAck(queued ? Acceptance.Queued : Acceptance.Busy);
    }

    /// <summary>Returns the ack body for a slash command, or null for an empty ack.</summary>
    public Task<SlashCommandResponse?> AcceptCommandAsync(SlashCommand command, CancellationToken cancellationToken) =>
        commands.RunAsync(command, cancellationToken);

    /// <summary>An interaction payload: block_actions are queued for <see cref="BlockActionRouter"/>.</summary>
    public Acceptance AcceptInteraction(JsonElement payload)
    {
        if (SlackJson.TryDeserialize(payload, Json.InteractionHeader) is not { } header)
            return Acceptance.Invalid;
        if (header.Type != BlockActionRequest.PayloadType)
        {
            LogIgnored("interaction", header.Type);
            return Acceptance.Ignored;
        }

        if (SlackJson.TryDeserialize(payload, Json.BlockActionRequest) is not { Actions.Count: > 0 } request)
            return Acceptance.Invalid;
        return queue.TryEnqueue("block_actions", ct => DispatchBlockActionsAsync(request, ct)) ? Acceptance.Queued : Acceptance.Busy;
    }

    private async Task DispatchBlockActionsAsync(BlockActionRequest request, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["SlackTriggerId"] = request.TriggerId, ["SlackActionId"] = request.Actions[0].ActionId });
        await blockActions.RouteAsync(request, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acking and ignoring {Kind} of type {Type}")]
    private partial void LogIgnored(string kind, string type);
}
