using ConfBot.Bot.Home;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.Events;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>Publishes the Home tab each time a user opens it, so it always shows the notes and their checklist as they are now.</summary>
internal sealed class HomeTabSurface(HomePage home, SlackContexts contexts, ISlackApiClient slack) : IEventHandler<AppHomeOpened>
{
    public async Task Handle(AppHomeOpened opened, CancellationToken cancellationToken)
    {
        // Opening the Messages tab raises the same event; only the Home tab has something to draw.
        if (opened.Tab is not (null or "home"))
            return;
        var page = await home.RenderAsync(contexts.For(opened.User, null, BotSurface.Home), cancellationToken);
        await slack.PublishHomeViewAsync(opened.User, BlockKitRenderer.HomeView(page), cancellationToken: cancellationToken);
    }
}
