using System.Text.Json.Serialization;

namespace ConfBot.Slack.Interactions;

/// <summary>
/// A modal's submit button was pressed (<c>view_submission</c>). It is answered in the ack itself, within Slack's
/// 3 seconds, with what <see cref="IViewSubmissionHandler"/> returns.
/// </summary>
public sealed record ViewSubmissionRequest : CallbackInteraction
{
    public const string PayloadType = "view_submission";

    public required SubmittedView View { get; init; }

    public string? TriggerId { get; init; }

    [JsonIgnore]
    public override string RouteId => View.CallbackId;
}
