namespace ConfBot.Slack.Events;

/// <summary>An assistant thread: the DM (<see cref="ChannelId"/>) and thread it lives in, its user, and where they are in Slack.</summary>
public sealed record AssistantThread
{
    public required string UserId { get; init; }

    public required string ChannelId { get; init; }

    public required string ThreadTs { get; init; }

    public AssistantThreadContext? Context { get; init; }
}
