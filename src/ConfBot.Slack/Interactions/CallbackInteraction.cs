using System.Text.Json.Serialization;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// An interaction routed by its callback id to the one handler registered for it: a global or message shortcut
/// (the manifest's <c>callback_id</c>) or a modal's submission or closing (the view's <c>callback_id</c>).
/// </summary>
public abstract record CallbackInteraction
{
    public required string Type { get; init; }

    public required ActionUser User { get; init; }

    public ActionTeam? Team { get; init; }

    public string? ApiAppId { get; init; }

    /// <summary>The callback id the interaction is routed by.</summary>
    [JsonIgnore]
    public abstract string RouteId { get; }
}
