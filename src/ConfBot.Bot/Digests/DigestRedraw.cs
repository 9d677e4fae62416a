using ConfBot.Bot.Checklist;
using ConfBot.Core.Digests;
using ConfBot.Core.Search;
using ConfBot.Core.State;

namespace ConfBot.Bot.Digests;

/// <summary>Rebuilds a posted digest from what its buttons carry, with the action points' state as it is now.</summary>
internal sealed class DigestRedraw(IKnowledgeBase knowledge, ActionPointBoard board)
{
    /// <summary>The digest as it was composed, or null when its talk of the day is no longer in the notes.</summary>
    public async Task<Digest?> RebuildAsync(string channelId, DigestChecklist shown, CancellationToken cancellationToken)
    {
        var catalog = knowledge.Catalog;
        if (catalog.Find(shown.TalkOfTheDayId) is not { } talkOfTheDay)
            return null;
        return new Digest(
            new DigestKey(channelId, shown.Date),
            talkOfTheDay,
            [.. shown.NewTalkIds.Select(catalog.Find).OfType<Core.Talks.Talk>()],
            await board.RowsAsync(shown.ActionPointIds, cancellationToken));
    }
}
