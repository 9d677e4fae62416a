using System.Text.Json;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// One delivery on its way through <see cref="SlackPipeline"/>: what the transport brought, and what the steps
/// have read from it so far (each step passes on a copy with its findings, as bolt's context grows).
/// </summary>
internal sealed record SlackDelivery
{
    public required SlackDeliveryKind Kind { get; init; }

    /// <summary>The HTTP request; null for Socket Mode, whose connection is already authenticated.</summary>
    public HttpDelivery? Http { get; init; }

    /// <summary>The Events API body or interaction payload as JSON (a slash command's fields, over Socket Mode).</summary>
    public JsonElement? Json { get; init; }

    public SlashCommand? Command { get; init; }

    public EventEnvelope? Envelope { get; init; }

    /// <summary>The inner event's filtering fields, once the envelope is an <c>event_callback</c>.</summary>
    public EventHeader? Header { get; init; }

    public BlockActionRequest? BlockActions { get; init; }

    /// <summary>A shortcut, message shortcut, or modal submitted or closed: routed by its callback id.</summary>
    public CallbackInteraction? Callback { get; init; }

    /// <summary>A delivery over Socket Mode, whose envelope carries the same JSON an HTTP request would.</summary>
    public static SlackDelivery FromSocket(SlackDeliveryKind kind, JsonElement payload) => new() { Kind = kind, Json = payload };
}
