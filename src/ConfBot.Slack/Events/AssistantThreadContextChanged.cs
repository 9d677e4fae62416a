namespace ConfBot.Slack.Events;

/// <summary>The user moved to another conversation while an assistant thread stayed open; its new context is on <see cref="AssistantThread"/>.</summary>
public sealed record AssistantThreadContextChanged : SlackEvent
{
    public required AssistantThread AssistantThread { get; init; }
}
