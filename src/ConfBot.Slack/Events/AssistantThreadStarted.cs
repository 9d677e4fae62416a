namespace ConfBot.Slack.Events;

/// <summary>
/// A user opened a new assistant thread (the legacy assistant messaging experience, scope <c>assistant:write</c>):
/// the moment to offer suggested prompts on <see cref="AssistantThread.ThreadTs"/>. Apps on the current agent
/// experience get <see cref="AppHomeOpened"/> with tab <c>messages</c> instead (bolt-js "Adding agent features").
/// </summary>
public sealed record AssistantThreadStarted : SlackEvent
{
    public required AssistantThread AssistantThread { get; init; }
}
