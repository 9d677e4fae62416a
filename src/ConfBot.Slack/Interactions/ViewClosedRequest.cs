using System.Text.Json.Serialization;

namespace ConfBot.Slack.Interactions;

/// <summary>A modal opened with <c>notify_on_close</c> was cancelled (<c>view_closed</c>); <see cref="IsCleared"/> when the whole stack went.</summary>
public sealed record ViewClosedRequest : CallbackInteraction
{
    public const string PayloadType = "view_closed";

    public required SubmittedView View { get; init; }

    public bool? IsCleared { get; init; }

    [JsonIgnore]
    public override string RouteId => View.CallbackId;
}
