using ConfBot.Core.Answers;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Checklist;

/// <summary>Answers <c>actions [open|mine|done] [QUERY]</c> from the notes and the checklist state.</summary>
internal sealed class ActionPointListing(IAnswerService answers, IKnowledgeBase knowledge, ActionPointBoard board)
{
    // Many talks that match a query have no action points, so the search looks further than an answer page.
    private const int SearchDepth = 30;

    public async Task<BotReply> ListAsync(string argument, string userId, CancellationToken cancellationToken)
    {
        var (filter, query) = Parse(argument);
        var talks = query.Length == 0 ? knowledge.Catalog.Talks : answers.Ask(query, SearchDepth).Hits.Select(h => h.Talk);
        var matching = (await board.RowsAsync(talks, cancellationToken)).Where(r => filter switch
        {
            ActionPointFilter.Open => r.State.Status != ActionPointStatus.Done,
            ActionPointFilter.Mine => r.State.Status == ActionPointStatus.Claimed && r.State.By == userId,
            ActionPointFilter.Done => r.State.Status == ActionPointStatus.Done,
            _ => true,
        }).ToList();
        return ActionListReply.Render(filter, query, [.. matching.Take(ChecklistValue.MaxItems)], matching.Count);
    }

    /// <summary>A leading <c>open</c>, <c>mine</c> or <c>done</c> is the filter; the rest is the query.</summary>
    internal static (ActionPointFilter Filter, string Query) Parse(string argument)
    {
        var (first, rest) = CommandWords.Of(argument);
        return first.ToLowerInvariant() switch
        {
            "open" => (ActionPointFilter.Open, rest),
            "mine" => (ActionPointFilter.Mine, rest),
            "done" => (ActionPointFilter.Done, rest),
            _ => (ActionPointFilter.All, argument.Trim()),
        };
    }
}
