using ConfBot.Core.Search;
using ConfBot.Slack.Events;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Handlers;

/// <summary>Publishes the Home tab each time a user opens it, so it always shows the notes as indexed now.</summary>
internal sealed class AppHomeHandler(IKnowledgeBase knowledge, ISlackApiClient slack, IOptions<SlackOptions> options) : IEventHandler<AppHomeOpened>
{
    public Task Handle(AppHomeOpened opened, CancellationToken cancellationToken)
    {
        // Opening the Messages tab raises the same event; only the Home tab has something to draw.
        if (opened.Tab is not (null or "home"))
            return Task.CompletedTask;
        var view = HomeBlocks.Render(ConferenceCount.From(knowledge.Catalog), options.Value.CommandName);
        return slack.PublishHomeViewAsync(opened.User, view, cancellationToken: cancellationToken);
    }
}
