using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Digests;

/// <summary>Chooses what a digest says. Pure: the same inputs give the same digest, so a retried post repeats the attempt it replaces.</summary>
internal static class DigestComposer
{
    /// <summary>The digest for <paramref name="key"/>, or null when the notes hold no talk to show.</summary>
    /// <param name="firstSeen">First-seen time of every talk in the catalog.</param>
    /// <param name="actionPoints">State of the catalog's action points; missing ids are open.</param>
    public static Digest? Compose(
        DigestKey key,
        TalkCatalog catalog,
        DigestHistory history,
        IReadOnlyDictionary<string, DateTimeOffset> firstSeen,
        IReadOnlyDictionary<string, ActionPointState> actionPoints,
        DigestOptions options)
    {
        if (catalog.Talks.Count == 0)
            return null;
        var talkOfTheDay = PickTalkOfTheDay(catalog.Talks, history);
        return new Digest(
            key,
            talkOfTheDay,
            NewTalks(catalog.Talks, talkOfTheDay, history, firstSeen, options.MaxNewTalks),
            OpenActionPoints(catalog.Talks, actionPoints, options.MaxActionPoints));
    }

    /// <summary>
    /// The best talk not shown yet — talks with links and action points first, then recent ones; once every talk has
    /// been shown the rotation starts over from the least recently shown, which keeps the same order and never repeats
    /// the previous day's talk while there are two or more.
    /// </summary>
    private static Talk PickTalkOfTheDay(IReadOnlyList<Talk> talks, DigestHistory history)
    {
        var byPreference = talks
            .OrderByDescending(Interest)
            .ThenByDescending(t => t.Year ?? 0)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        return byPreference.FirstOrDefault(t => !history.ShownTalks.ContainsKey(t.Id))
            ?? byPreference.MinBy(t => history.ShownTalks[t.Id])!;
    }

    private static int Interest(Talk talk) => (talk.Links.Count > 0 ? 1 : 0) + (talk.ActionPoints.Count > 0 ? 1 : 0);

    /// <summary>Talks first seen after the last digest; none for a channel's first digest, where everything would be new.</summary>
    private static IReadOnlyList<Talk> NewTalks(
        IReadOnlyList<Talk> talks, Talk talkOfTheDay, DigestHistory history, IReadOnlyDictionary<string, DateTimeOffset> firstSeen, int limit)
    {
        if (history.LastPostedAt is not { } since)
            return [];
        return talks
            .Where(t => t.Id != talkOfTheDay.Id && firstSeen.TryGetValue(t.Id, out var seen) && seen > since)
            .OrderByDescending(t => firstSeen[t.Id])
            .ThenBy(t => t.Title, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static IReadOnlyList<DigestActionPoint> OpenActionPoints(
        IReadOnlyList<Talk> talks, IReadOnlyDictionary<string, ActionPointState> states, int limit)
        => talks
            .OrderByDescending(t => t.Year ?? 0)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .SelectMany(t => t.ActionPoints.Select(a => new DigestActionPoint(t, a, ActionPointState.Of(a, states.GetValueOrDefault(a.Id)))))
            .Where(a => a.State.Status != ActionPointStatus.Done)
            // Stable sort: unclaimed points first, each group keeping talk order.
            .OrderBy(a => a.State.Status == ActionPointStatus.Claimed)
            .Take(limit)
            .ToList();
}
