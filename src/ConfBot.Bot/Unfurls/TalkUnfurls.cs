using ConfBot.Bot.Checklist;
using ConfBot.Core.Links;
using ConfBot.Core.Search;

namespace ConfBot.Bot.Unfurls;

/// <summary>
/// Previews for the links of one pasted message: one for each link that belongs to a talk in the notes (the first
/// talk in the notes that gives it, naming the others). A link no note gives gets none, so the chat shows its own.
/// </summary>
public sealed class TalkUnfurls(ITalkLinkLookup links, ActionPointBoard board, IKnowledgeBase knowledge)
{
    public async Task<IReadOnlyList<UnfurledLink>> ForAsync(IReadOnlyList<string> urls, BotContext context, CancellationToken cancellationToken)
    {
        var found = urls.Distinct(StringComparer.Ordinal)
            .Select(url => (Url: url, Talks: links.TalksFor(url)))
            .Where(f => f.Talks.Count > 0)
            .ToList();
        if (found.Count == 0)
            return [];
        // One read of the checklist for every talk shown, however many links the message has.
        var rows = await board.RowsAsync(found.Select(f => f.Talks[0]).Distinct(), cancellationToken);
        return
        [
            .. found.Select(f => new UnfurledLink(f.Url, TalkPreview.Render(
                f.Talks[0], [.. rows.Where(r => ReferenceEquals(r.Talk, f.Talks[0]))], [.. f.Talks.Skip(1)], context.CommandName,
                knowledge.Catalog.ShortId(f.Talks[0])))),
        ];
    }
}
