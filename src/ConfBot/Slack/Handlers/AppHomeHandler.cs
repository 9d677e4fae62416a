using ConfBot.Checklist;
using ConfBot.Slack.Events;

namespace ConfBot.Slack.Handlers;

/// <summary>Publishes the Home tab each time a user opens it, so it always shows the notes and their checklist as they are now.</summary>
internal sealed class AppHomeHandler(HomeTab home) : IEventHandler<AppHomeOpened>
{
    public Task Handle(AppHomeOpened opened, CancellationToken cancellationToken)
    {
        // Opening the Messages tab raises the same event; only the Home tab has something to draw.
        if (opened.Tab is not (null or "home"))
            return Task.CompletedTask;
        return home.PublishAsync(opened.User, cancellationToken);
    }
}
