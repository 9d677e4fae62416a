using ConfBot.Core.Digests;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Checklist;

/// <summary>Joins the action points in the notes with their checklist state.</summary>
public sealed class ActionPointBoard(IKnowledgeBase knowledge, IActionPointStateStore states)
{
    /// <summary>Every action point of <paramref name="talks"/>, in talk order, with its state.</summary>
    public async Task<IReadOnlyList<DigestActionPoint>> RowsAsync(IEnumerable<Talk> talks, CancellationToken cancellationToken)
    {
        var points = talks.SelectMany(t => t.ActionPoints.Select(a => (Talk: t, ActionPoint: a))).DistinctBy(p => p.ActionPoint.Id).ToList();
        var found = await states.GetManyAsync([.. points.Select(p => p.ActionPoint.Id)], cancellationToken);
        return [.. points.Select(p => new DigestActionPoint(p.Talk, p.ActionPoint, ActionPointState.Of(p.ActionPoint, found.GetValueOrDefault(p.ActionPoint.Id))))];
    }

    /// <summary>The given action points in the given order; ids no longer in the notes are left out.</summary>
    public async Task<IReadOnlyList<DigestActionPoint>> RowsAsync(IReadOnlyList<string> actionPointIds, CancellationToken cancellationToken)
    {
        var all = await RowsAsync(knowledge.Catalog.Talks.Where(t => t.ActionPoints.Any(a => actionPointIds.Contains(a.Id))), cancellationToken);
        return [.. actionPointIds.Select(id => all.FirstOrDefault(r => r.ActionPoint.Id == id)).OfType<DigestActionPoint>()];
    }

    /// <summary>What <paramref name="userId"/> took and has not finished.</summary>
    public async Task<IReadOnlyList<DigestActionPoint>> ClaimedByAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await RowsAsync(knowledge.Catalog.Talks, cancellationToken)).Where(r => r.State.Status == ActionPointStatus.Claimed && r.State.By == userId)];
}
