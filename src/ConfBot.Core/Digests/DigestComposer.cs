using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Digests;

/// <summary>Chooses what a digest says. Pure: the same inputs give the same digest, so a retried post repeats the attempt it replaces.</summary>
internal static class DigestComposer
{
    /// <summary>The digest for <paramref name="key"/>, or null when the notes hold no talk to show.</summary>
    /// <param name="firstSeen">First-seen time of every talk in the catalog.</param>
    /// <param name="actionPoints">State of the catalog's action points; missing ids are open.</param>
    /// <param name="daysAhead">
    /// How many days <paramref name="key"/> lies after the next digest the channel would get: a preview of a later day
    /// supposes one digest a day until then, each showing the next talk of the rotation. 0 for a digest due now; a
    /// day before that is as many steps back, so previews of different days show different talks.
    /// </param>
    public static Digest? Compose(
        DigestKey key,
        TalkCatalog catalog,
        DigestHistory history,
        IReadOnlyDictionary<string, DateTimeOffset> firstSeen,
        IReadOnlyDictionary<string, ActionPointState> actionPoints,
        DigestOptions options,
        int daysAhead = 0)
    {
        if (catalog.Talks.Count == 0)
            return null;
        var talkOfTheDay = PickTalkOfTheDay(catalog.Talks, history, daysAhead);
        return new Digest(
            key,
            talkOfTheDay,
            NewTalks(catalog.Talks, talkOfTheDay, history, firstSeen, options.MaxNewTalks),
            OpenActionPoints(catalog.Talks, actionPoints, options.MaxActionPoints));
    }

    /// <summary>
    /// The rotation's talk <paramref name="daysAhead"/> days on. The rotation is the talks not shown yet, best first
    /// (talks with links and action points, then recent ones), then the shown ones from the least recently shown: so
    /// it starts over in the same order once every talk has been shown, never repeats the previous day's talk while
    /// there are two or more, and each day after the next shows the talk after the previous day's.
    /// </summary>
    private static Talk PickTalkOfTheDay(IReadOnlyList<Talk> talks, DigestHistory history, int daysAhead)
    {
        var byPreference = talks
            .OrderByDescending(Interest)
            .ThenByDescending(t => t.Year ?? 0)
            .ThenBy(t => t.Id, StringComparer.Ordinal);
        var rotation = byPreference.Where(t => !history.ShownTalks.ContainsKey(t.Id))
            .Concat(byPreference.Where(t => history.ShownTalks.ContainsKey(t.Id)).OrderBy(t => history.ShownTalks[t.Id]))
            .ToList();
        return rotation[((daysAhead % rotation.Count) + rotation.Count) % rotation.Count];
    }

    private static int Interest(Talk talk) => (talk.Links.Count > 0 ? 1 : 0) + (talk.ActionPoints.Count > 0 ? 1 : 0);

    /// <summary>
    /// Talks first seen after the channel's last digest, or, before its first, after the notes were first seen: the
    /// talks read in the first load are where ConfBot started, not news, but every talk added since is.
    /// </summary>
    private static IReadOnlyList<Talk> NewTalks(
        IReadOnlyList<Talk> talks, Talk talkOfTheDay, DigestHistory history, IReadOnlyDictionary<string, DateTimeOffset> firstSeen, int limit)
    {
        if ((history.LastPostedAt ?? FirstRead(talks, firstSeen)) is not { } since)
            return [];
        return talks
            .Where(t => t.Id != talkOfTheDay.Id && firstSeen.TryGetValue(t.Id, out var seen) && seen > since)
            .OrderByDescending(t => firstSeen[t.Id])
            .ThenBy(t => t.Title, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static DateTimeOffset? FirstRead(IReadOnlyList<Talk> talks, IReadOnlyDictionary<string, DateTimeOffset> firstSeen)
    {
        var seen = talks.Where(t => firstSeen.ContainsKey(t.Id)).Select(t => firstSeen[t.Id]).ToList();
        return seen.Count > 0 ? seen.Min() : null;
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
