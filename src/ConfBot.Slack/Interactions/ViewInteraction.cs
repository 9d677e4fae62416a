using System.Text.Json.Serialization;

namespace ConfBot.Slack.Interactions;

/// <summary>A modal submitted or closed: routed by the view's own <c>callback_id</c>.</summary>
public abstract record ViewInteraction : CallbackInteraction
{
    public required SubmittedView View { get; init; }

    [JsonIgnore]
    public override string RouteId => View.CallbackId;
}
