namespace ConfBot.Slack.Interactions;

/// <summary>A modal opened with <c>notify_on_close</c> was cancelled (<c>view_closed</c>); <see cref="IsCleared"/> when the whole stack went.</summary>
public sealed record ViewClosedRequest : ViewInteraction
{
    public const string PayloadType = "view_closed";

    public bool? IsCleared { get; init; }
}
