namespace ConfBot.Slack.Events;

/// <summary>The inner <c>event</c> of an Events API <c>event_callback</c>.</summary>
public abstract record SlackEvent
{
    public required string Type { get; init; }

    public string? EventTs { get; init; }
}
