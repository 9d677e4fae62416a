using ConfBot.Core.Digests;
using ConfBot.Core.State;
using static ConfBot.Core.Tests.Digests.DigestTalks;

namespace ConfBot.Core.Tests.Digests;

public sealed class DigestComposerTests
{
    private static readonly DigestKey Key = new("C1", new DateOnly(2026, 3, 3));
    private static readonly DateTimeOffset Yesterday = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Today = Yesterday.AddDays(1);

    private static Digest? Compose(
        Core.Talks.TalkCatalog catalog,
        DigestHistory? history = null,
        IReadOnlyDictionary<string, DateTimeOffset>? firstSeen = null,
        IReadOnlyDictionary<string, ActionPointState>? states = null,
        DigestOptions? options = null,
        int daysAhead = 0)
        => DigestComposer.Compose(
            Key,
            catalog,
            history ?? DigestHistory.None,
            firstSeen ?? catalog.Talks.ToDictionary(t => t.Id, _ => Yesterday.AddDays(-7)),
            states ?? new Dictionary<string, ActionPointState>(),
            options ?? new DigestOptions(),
            daysAhead);

    private static DigestHistory Shown(params (string Id, int DaysAgo)[] talks)
    {
        var shown = talks.ToDictionary(t => t.Id, t => Today.AddDays(-t.DaysAgo));
        return new DigestHistory(shown, shown.Values.Max());
    }

    [Fact]
    public void No_digest_without_talks()
    {
        Assert.Null(Compose(Catalog()));
    }

    [Fact]
    public void Talk_of_the_day_favours_talks_with_links_and_action_points()
    {
        var digest = Compose(Catalog(Plain("a"), WithLinks("b"), WithActionPoints("c", "c1") with { Links = WithLinks("c").Links }));

        Assert.Equal("c", digest!.TalkOfTheDay.Id);
    }

    [Fact]
    public void Talk_of_the_day_is_one_the_channel_has_not_been_shown()
    {
        var digest = Compose(Catalog(WithLinks("a"), Plain("b"), Plain("c")), Shown(("a", 2), ("b", 1)));

        Assert.Equal("c", digest!.TalkOfTheDay.Id);
    }

    [Fact]
    public void Once_every_talk_was_shown_the_rotation_starts_over_with_the_least_recently_shown()
    {
        var digest = Compose(Catalog(Plain("a"), Plain("b"), Plain("c")), Shown(("a", 2), ("b", 3), ("c", 1)));

        Assert.Equal("b", digest!.TalkOfTheDay.Id);
    }

    [Fact]
    public void Each_day_ahead_shows_the_next_talk_of_the_rotation_and_wraps_round()
    {
        var catalog = Catalog(WithLinks("a"), Plain("b"), Plain("c"));
        var history = Shown(("b", 1));

        var days = Enumerable.Range(0, 4).Select(d => Compose(catalog, history, daysAhead: d)!.TalkOfTheDay.Id);

        Assert.Equal(["a", "c", "b", "a"], days);
    }

    [Fact]
    public void Each_day_before_today_steps_back_through_the_rotation()
    {
        var catalog = Catalog(WithLinks("a"), Plain("b"), Plain("c"));
        var history = Shown(("b", 1));

        var days = Enumerable.Range(-3, 4).Select(d => Compose(catalog, history, daysAhead: d)!.TalkOfTheDay.Id);

        Assert.Equal(["a", "c", "b", "a"], days);
    }

    [Fact]
    public void Talks_first_seen_since_the_last_digest_are_new_newest_first()
    {
        var firstSeen = new Dictionary<string, DateTimeOffset>
        {
            ["old"] = Yesterday.AddDays(-3),
            ["seen-at-last-digest"] = Yesterday,
            ["new-1"] = Yesterday.AddHours(1),
            ["new-2"] = Yesterday.AddHours(2),
        };
        var history = new DigestHistory(new Dictionary<string, DateTimeOffset> { ["old"] = Yesterday }, Yesterday);

        var digest = Compose(Catalog(Plain("old"), WithLinks("seen-at-last-digest"), Plain("new-1"), Plain("new-2")), history, firstSeen);

        Assert.Equal("seen-at-last-digest", digest!.TalkOfTheDay.Id);
        Assert.Equal(["new-2", "new-1"], digest.NewTalks.Select(t => t.Id));
    }

    [Fact]
    public void A_channels_first_digest_lists_nothing_as_new_while_every_talk_was_in_the_first_reading()
    {
        var digest = Compose(Catalog(Plain("a"), Plain("b")), firstSeen: new Dictionary<string, DateTimeOffset> { ["a"] = Today, ["b"] = Today });

        Assert.Empty(digest!.NewTalks);
    }

    [Fact]
    public void A_channels_first_digest_lists_the_talks_first_seen_after_the_notes_were()
    {
        var firstSeen = new Dictionary<string, DateTimeOffset>
        {
            ["first-read-1"] = Yesterday.AddDays(-3),
            ["first-read-2"] = Yesterday.AddDays(-3),
            ["added"] = Yesterday,
            ["added-later"] = Today,
        };

        var digest = Compose(Catalog(WithLinks("first-read-1"), Plain("first-read-2"), Plain("added"), Plain("added-later")), firstSeen: firstSeen);

        Assert.Equal("first-read-1", digest!.TalkOfTheDay.Id);
        Assert.Equal(["added-later", "added"], digest.NewTalks.Select(t => t.Id));
    }

    [Fact]
    public void New_talks_are_capped()
    {
        var talks = Enumerable.Range(0, 10).Select(i => Plain($"t{i}")).ToArray();
        var firstSeen = talks.ToDictionary(t => t.Id, _ => Today);

        var digest = Compose(Catalog(talks), new DigestHistory(new Dictionary<string, DateTimeOffset>(), Yesterday), firstSeen, options: new DigestOptions { MaxNewTalks = 3 });

        Assert.Equal(3, digest!.NewTalks.Count);
    }

    [Fact]
    public void Open_action_points_come_first_then_claimed_ones_and_done_ones_are_left_out()
    {
        var catalog = Catalog(WithActionPoints("a", "a1", "a2"), WithActionPoints("b", "b1", "b2"));
        var states = new Dictionary<string, ActionPointState>
        {
            ["a1"] = new("a1", ActionPointStatus.Claimed, "U1", Yesterday),
            ["a2"] = new("a2", ActionPointStatus.Done, "U1", Yesterday),
        };

        var digest = Compose(catalog, states: states, options: new DigestOptions { MaxActionPoints = 3 });

        Assert.Equal(["b1", "b2", "a1"], digest!.OpenActionPoints.Select(a => a.ActionPoint.Id));
        Assert.Equal("U1", digest.OpenActionPoints[2].State.By);
    }

    [Fact]
    public void Action_points_ticked_off_in_the_notes_are_done_until_someone_reopens_them()
    {
        var ticked = WithActionPoints("a", "a1", "a2");
        var catalog = Catalog(ticked with { ActionPoints = [.. ticked.ActionPoints.Select(a => a with { IsDone = true })] });
        var states = new Dictionary<string, ActionPointState>
        {
            ["a1"] = ActionPointState.Untouched("a1"),
            ["a2"] = new("a2", ActionPointStatus.Open, "U1", Yesterday),
        };

        var digest = Compose(catalog, states: states);

        Assert.Equal(["a2"], digest!.OpenActionPoints.Select(a => a.ActionPoint.Id));
    }
}
