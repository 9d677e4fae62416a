using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.SocketMode;

/// <summary>
/// Hands a Socket Mode envelope to <see cref="SlackPipeline"/> and builds its ack. Envelopes the queue cannot take
/// are left unacked so Slack redelivers them; malformed ones are acked so Slack stops resending them.
/// </summary>
internal sealed partial class SocketModeEnvelopeHandler(
    SlackPipeline pipeline, SlackWorkQueue queue, ISlackApiClient api, ILogger<SocketModeEnvelopeHandler> logger)
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

        if (Kind(frame.Type) is not { } kind)
            return new SocketModeAck(envelopeId);

        var answer = await pipeline.RunAsync(SlackDelivery.FromSocket(kind, payload), cancellationToken);
        switch (answer)
        {
            case { Acceptance: Acceptance.Busy }:
                return null;
            case { Acceptance: Acceptance.Invalid }:
                LogMalformed(frame.Type);
                return new SocketModeAck(envelopeId);
            case { Reply: { } reply, ResponseUrl: { } responseUrl } when !frame.AcceptsResponsePayload:
                // Slack did not offer to take the reply with the ack, so it goes to the response_url once acked.
                queue.TryEnqueue("slash command reply", ct => api.RespondAsync(responseUrl, reply, ct));
                return new SocketModeAck(envelopeId);
            case { ViewResponse: { } view }:
                return new SocketModeAck(envelopeId, view);
            default:
                return new SocketModeAck(envelopeId, answer.Reply);
        }
    }

    private static SlackDeliveryKind? Kind(string frameType) => frameType switch
    {
        SocketModeFrame.EventsApi => SlackDeliveryKind.Event,
        SocketModeFrame.SlashCommands => SlackDeliveryKind.Command,
        SocketModeFrame.Interactive => SlackDeliveryKind.Interaction,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignoring Socket Mode frame of type {Type} without an envelope id")]
    private partial void LogUnexpectedFrame(string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Acking a malformed Socket Mode {Type} envelope without handling it")]
    private partial void LogMalformed(string type);
}
