using System.Text.Json.Serialization;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// A message shortcut (<c>message_action</c>), chosen from a message's menu: the <see cref="Message"/> it was chosen on,
/// where, by whom, a <see cref="TriggerId"/> for a modal and a <see cref="ResponseUrl"/> for a reply in the channel.
/// </summary>
public sealed record MessageShortcutRequest : CallbackInteraction
{
    public const string PayloadType = "message_action";

    public required string CallbackId { get; init; }

    public required string TriggerId { get; init; }

    public required ActionChannel Channel { get; init; }

    public required ActionMessage Message { get; init; }

    public string? MessageTs { get; init; }

    public string? ResponseUrl { get; init; }

    public string? ActionTs { get; init; }

    [JsonIgnore]
    public override string RouteId => CallbackId;
}
