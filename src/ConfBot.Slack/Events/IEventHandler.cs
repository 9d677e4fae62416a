namespace ConfBot.Slack.Events;

/// <summary>
/// Handles one kind of Events API event (<see cref="MessageEvent"/>, <see cref="AppMention"/>, <see cref="AppHomeOpened"/>,
/// <see cref="LinkShared"/>, <see cref="AssistantThreadStarted"/>, <see cref="AssistantThreadContextChanged"/>).
/// Runs after Slack has been acked, so it may take its time; reply through the Web API.
/// </summary>
public interface IEventHandler<in TEvent>
    where TEvent : SlackEvent
{
    Task Handle(TEvent slackEvent, CancellationToken cancellationToken);
}
