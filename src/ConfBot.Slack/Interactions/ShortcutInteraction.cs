using System.Text.Json.Serialization;

namespace ConfBot.Slack.Interactions;

/// <summary>A global or message shortcut: routed by the manifest's <see cref="CallbackId"/>, with a trigger for a modal.</summary>
public abstract record ShortcutInteraction : CallbackInteraction
{
    public required string CallbackId { get; init; }

    /// <summary>Opens a modal (<c>views.open</c>) within 3 seconds of the click.</summary>
    public required string TriggerId { get; init; }

    public string? ActionTs { get; init; }

    [JsonIgnore]
    public override string RouteId => CallbackId;
}
