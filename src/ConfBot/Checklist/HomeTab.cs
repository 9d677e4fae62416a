using ConfBot.Core.Search;
using ConfBot.Slack;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace ConfBot.Checklist;

/// <summary>Draws and publishes one user's Home tab: on opening it, and again after a checklist click there.</summary>
internal sealed class HomeTab(IKnowledgeBase knowledge, ActionPointBoard board, ISlackApiClient slack, IOptions<SlackOptions> options)
{
    public async Task PublishAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = await board.ClaimedByAsync(userId, cancellationToken);
        var view = HomeBlocks.Render(ConferenceCount.From(knowledge.Catalog), options.Value.CommandName, mine);
        await slack.PublishHomeViewAsync(userId, view, cancellationToken: cancellationToken);
    }
}
