namespace ConfBot.Slack.Events;

/// <summary>The conversation the user was looking at when they opened or moved the assistant thread, if any.</summary>
public sealed record AssistantThreadContext
{
    public string? ChannelId { get; init; }

    public string? TeamId { get; init; }

    public string? EnterpriseId { get; init; }
}
