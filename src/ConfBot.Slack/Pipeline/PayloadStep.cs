using System.Text.Json;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Reads the JSON of either transport into the kind's own type: an Events API envelope, a <c>block_actions</c>
/// request (other interaction types are acked and ignored), or a Socket Mode slash command (HTTP's was read from
/// its form). Missing required fields make the delivery invalid.
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
        return read is { Kind: SlackDeliveryKind.Interaction, BlockActions: null } ? Task.FromResult(SlackAnswer.Ignored) : next(read, cancellationToken);
    }

    /// <summary>Null when invalid; left without <see cref="SlackDelivery.BlockActions"/> when of a type not handled.</summary>
    private SlackDelivery? ReadInteraction(SlackDelivery delivery, JsonElement json, InteractionHeader header)
    {
        if (header.Type != BlockActionRequest.PayloadType)
        {
            LogIgnored(header.Type);
            return delivery;
        }

        return SlackJson.TryDeserialize(json, Json.BlockActionRequest) is { Actions.Count: > 0 } request ? delivery with { BlockActions = request } : null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acking and ignoring interaction of type {Type}")]
    private partial void LogIgnored(string type);
}
