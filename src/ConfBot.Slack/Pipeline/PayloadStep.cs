using System.Text.Json;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Reads the JSON of either transport into the kind's own type: an Events API envelope, an interaction
/// (<c>block_actions</c>, <c>shortcut</c>, <c>message_action</c>, <c>view_submission</c>, <c>view_closed</c>; other types
/// are acked and ignored), or a Socket Mode slash command (HTTP's was read from its form). Missing required fields
/// make the delivery invalid.
/// </summary>
internal sealed partial class PayloadStep(ILogger<PayloadStep> logger) : ISlackStep
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    public Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken)
    {
        if (delivery.Json is not { } json)
            return delivery.Command is null ? Task.FromResult(SlackAnswer.Invalid) : next(delivery, cancellationToken);

        var read = delivery.Kind switch
        {
            SlackDeliveryKind.Event => SlackJson.TryDeserialize(json, Json.EventEnvelope) is { IsComplete: true } envelope ? delivery with { Envelope = envelope } : null,
            SlackDeliveryKind.Command => SlackJson.TryDeserialize(json, Json.SlashCommand) is { } command ? delivery with { Command = command } : null,
            _ => SlackJson.TryDeserialize(json, Json.InteractionHeader) is { } header ? ReadInteraction(delivery, json, header) : null,
        };
        if (read is null)
            return Task.FromResult(SlackAnswer.Invalid);
        return read is { Kind: SlackDeliveryKind.Interaction, BlockActions: null, Callback: null } ? Task.FromResult(SlackAnswer.Ignored) : next(read, cancellationToken);
    }

    /// <summary>Null when invalid; left without <see cref="SlackDelivery.BlockActions"/> or <see cref="SlackDelivery.Callback"/> when of a type not handled.</summary>
    private SlackDelivery? ReadInteraction(SlackDelivery delivery, JsonElement json, InteractionHeader header)
    {
        switch (header.Type)
        {
            case BlockActionRequest.PayloadType:
                return SlackJson.TryDeserialize(json, Json.BlockActionRequest) is { Actions.Count: > 0 } request ? delivery with { BlockActions = request } : null;
            case ShortcutRequest.PayloadType:
                return WithCallback(delivery, SlackJson.TryDeserialize(json, Json.ShortcutRequest));
            case MessageShortcutRequest.PayloadType:
                return WithCallback(delivery, SlackJson.TryDeserialize(json, Json.MessageShortcutRequest));
            case ViewSubmissionRequest.PayloadType:
                return WithCallback(delivery, SlackJson.TryDeserialize(json, Json.ViewSubmissionRequest));
            case ViewClosedRequest.PayloadType:
                return WithCallback(delivery, SlackJson.TryDeserialize(json, Json.ViewClosedRequest));
            default:
                LogIgnored(header.Type);
                return delivery;
        }
    }

    private static SlackDelivery? WithCallback(SlackDelivery delivery, CallbackInteraction? callback) =>
        callback is null ? null : delivery with { Callback = callback };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acking and ignoring interaction of type {Type}")]
    private partial void LogIgnored(string type);
}
