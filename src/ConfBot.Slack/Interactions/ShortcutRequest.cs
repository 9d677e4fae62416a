using System.Text.Json.Serialization;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// A global shortcut (<c>shortcut</c>), chosen from the shortcuts menu: no conversation, only a
/// <see cref="TriggerId"/> for opening a modal within 3 seconds.
/// </summary>
public sealed record ShortcutRequest : CallbackInteraction
{
    public const string PayloadType = "shortcut";

    public required string CallbackId { get; init; }

    public required string TriggerId { get; init; }

    public string? ActionTs { get; init; }

    [JsonIgnore]
    public override string RouteId => CallbackId;
}
