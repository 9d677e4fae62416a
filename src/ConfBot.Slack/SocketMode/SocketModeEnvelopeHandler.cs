using System.Text.Json;
using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.SocketMode;

/// <summary>
/// Hands a Socket Mode envelope to the dispatcher and builds its ack. Envelopes the queue cannot take are
/// left unacked so Slack redelivers them; malformed ones are acked so Slack stops resending them.
/// </summary>
internal sealed partial class SocketModeEnvelopeHandler(
    SlackDispatcher dispatcher, SlackWorkQueue queue, ISlackApiClient api, ILogger<SocketModeEnvelopeHandler> logger)
{
    public async Task<SocketModeAck?> HandleAsync(SocketModeFrame frame, CancellationToken cancellationToken)
    {
        if (frame.EnvelopeId is not { } envelopeId)
        {
            LogUnexpectedFrame(frame.Type);
            return null;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["SlackEnvelopeId"] = envelopeId });
        if (frame.Payload is not { } payload)
        {
            LogMalformed(frame.Type);
            return new SocketModeAck(envelopeId);
        }

        if (frame.Type == SocketModeFrame.SlashCommands)
            return await HandleCommandAsync(envelopeId, payload, frame.AcceptsResponsePayload, cancellationToken);

        var acceptance = frame.Type switch
        {
            SocketModeFrame.EventsApi => dispatcher.AcceptEvent(payload).Acceptance,
            SocketModeFrame.Interactive => dispatcher.AcceptInteraction(payload),
            _ => Acceptance.Ignored,
        };
        if (acceptance == Acceptance.Invalid)
            LogMalformed(frame.Type);
        return acceptance == Acceptance.Busy ? null : new SocketModeAck(envelopeId);
    }

    private async Task<SocketModeAck> HandleCommandAsync(string envelopeId, JsonElement payload, bool acceptsResponsePayload, CancellationToken cancellationToken)
    {
        if (SlackJson.TryDeserialize(payload, SlackJsonContext.Default.SlashCommand) is not { } command)
        {
            LogMalformed(SocketModeFrame.SlashCommands);
            return new SocketModeAck(envelopeId);
        }

        var reply = await dispatcher.AcceptCommandAsync(command, cancellationToken);
        if (reply is null || acceptsResponsePayload)
            return new SocketModeAck(envelopeId, reply);

        // Slack did not offer to take the reply with the ack, so it goes to the response_url once acked.
        queue.TryEnqueue("slash command reply", ct => api.RespondAsync(command.ResponseUrl, reply, ct));
        return new SocketModeAck(envelopeId);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignoring Socket Mode frame of type {Type} without an envelope id")]
    private partial void LogUnexpectedFrame(string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Acking a malformed Socket Mode {Type} envelope without handling it")]
    private partial void LogMalformed(string type);
}
