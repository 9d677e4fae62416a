using ConfBot.Bot.Slack.Rendering;
using ConfBot.Bot.Unfurls;
using ConfBot.Slack;
using ConfBot.Slack.Events;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// A pasted link to a talk in the notes (<c>link_shared</c>) is previewed with what the team knows of it
/// (<c>chat.unfurl</c>); links no note gives, and links off <see cref="SlackOptions.UnfurlDomains"/>, are left alone,
/// so Slack shows its own preview for them.
/// </summary>
internal sealed class UnfurlSurface(TalkUnfurls unfurls, SlackContexts contexts, ISlackApiClient slack, IOptions<SlackOptions> options) : IEventHandler<LinkShared>
{
    public async Task Handle(LinkShared shared, CancellationToken cancellationToken)
    {
        var links = shared.Links.Where(l => l.IsOn(options.Value.UnfurlDomains)).Select(l => l.Url).ToList();
        var previews = await unfurls.ForAsync(links, contexts.For(shared.User, shared.Channel, BotSurface.LinkPreview), cancellationToken);
        if (previews.Count == 0)
            return;
        // Keyed by the URL exactly as the event gave it: Slack matches previews to links by that string.
        var byUrl = previews.ToDictionary(p => p.Url, p => BlockKitRenderer.Unfurl(p.Preview), StringComparer.Ordinal);
        await slack.UnfurlAsync(LinkUnfurl.For(shared, byUrl), cancellationToken);
    }
}
