using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Storage.Tests.TestSupport;
using static ConfBot.Storage.Tests.TestSupport.SampleTalks;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>The digest runner on real stores: timing, catch-up, rotation and what a digest holds.</summary>
public abstract class DigestRunnerContract : DigestRunnerContractBase
{
    [SkippableTheory]
    [InlineData("Europe/Berlin", "2026-03-27", "2026-03-27T08:30:00Z")] // Friday, CET
    [InlineData("Europe/Berlin", "2026-03-30", "2026-03-30T07:30:00Z")] // Monday after the spring change, CEST
    [InlineData("Europe/Berlin", "2026-10-23", "2026-10-23T07:30:00Z")] // Friday, CEST
    [InlineData("Europe/Berlin", "2026-10-26", "2026-10-26T08:30:00Z")] // Monday after the autumn change, CET
    [InlineData("America/New_York", "2026-03-06", "2026-03-06T14:30:00Z")] // Friday, EST
    [InlineData("America/New_York", "2026-03-09", "2026-03-09T13:30:00Z")] // Monday after the spring change, EDT
    public async Task A_half_past_nine_digest_is_posted_at_half_past_nine_local_time_across_daylight_saving_changes(string zone, string localDate, string expectedUtc)
    {
        var due = DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture);
        var replica = await StartWithSubscriptionAsync(zone, DigestDays.Weekdays, due.AddHours(-12));

        // A minute early the latest occurrence is the previous digest day's, long past: recorded as skipped, not posted.
        Assert.DoesNotContain(await replica.TickAtAsync(due.AddMinutes(-1), Talks), r => r.Outcome == DigestOutcome.Posted);
        var results = await replica.TickAtAsync(due, Talks);

        var key = new DigestKey("C1", DateOnly.Parse(localDate, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([new DigestRunResult(key, DigestOutcome.Posted)], results);
        Assert.Equal([(key, due)], replica.Publisher.Posted.Select(p => (p.Digest.Key, p.At)));
    }

    [SkippableFact]
    public async Task A_digest_missed_while_down_is_posted_on_return_within_the_catch_up_window()
    {
        var replica = await StartWithSubscriptionAsync("Etc/UTC", DigestDays.Daily, Noon);

        var results = await replica.TickAtAsync(new DateTimeOffset(2026, 3, 3, 11, 29, 0, TimeSpan.Zero), Talks);

        Assert.Equal([new DigestRunResult(new DigestKey("C1", new DateOnly(2026, 3, 3)), DigestOutcome.Posted)], results);
    }

    [SkippableFact]
    public async Task A_digest_missed_beyond_the_catch_up_window_is_skipped_once_and_the_next_day_is_posted()
    {
        var replica = await StartWithSubscriptionAsync("Etc/UTC", DigestDays.Daily, Noon);
        var key = new DigestKey("C1", new DateOnly(2026, 3, 3));

        var late = await replica.TickAtAsync(new DateTimeOffset(2026, 3, 3, 11, 31, 0, TimeSpan.Zero), Talks);
        var later = await replica.TickAtAsync(new DateTimeOffset(2026, 3, 3, 11, 32, 0, TimeSpan.Zero), Talks);
        var nextDay = await replica.TickAtAsync(new DateTimeOffset(2026, 3, 4, 9, 30, 0, TimeSpan.Zero), Talks);

        Assert.Equal([new DigestRunResult(key, DigestOutcome.Skipped)], late);
        Assert.Empty(later);
        Assert.Equal(DigestLogState.Skipped, (await replica.Log.GetAsync(key))!.State);
        Assert.Equal([DigestOutcome.Posted], nextDay.Select(r => r.Outcome));
        Assert.Single(replica.Publisher.Posted);
    }

    [SkippableFact]
    public async Task Talk_of_the_day_rotates_through_every_talk_favourite_first_before_repeating()
    {
        var replica = await StartWithSubscriptionAsync("Etc/UTC", DigestDays.Daily, Noon);

        for (var day = 0; day < 4; day++)
            await replica.TickAtAsync(new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero).AddDays(day), Talks);

        Assert.Equal(["a", "b", "c", "a"], replica.Publisher.Posted.Select(p => p.Digest.TalkOfTheDay.Id));
    }

    [SkippableFact]
    public async Task A_talk_added_to_the_notes_is_listed_as_new_in_the_next_digest_only()
    {
        var replica = await StartWithSubscriptionAsync("Etc/UTC", DigestDays.Daily, Noon);
        var first = new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero);
        var grown = Catalog([.. Talks.Talks, Plain("d")]);

        await replica.TickAtAsync(first, Talks);
        await replica.TickAtAsync(first.AddDays(1), grown);
        await replica.TickAtAsync(first.AddDays(2), grown);

        Assert.Equal([[], ["d"], []], replica.Publisher.Posted.Select(p => p.Digest.NewTalks.Select(t => t.Id).ToArray()));
    }

    [SkippableFact]
    public async Task Done_action_points_are_left_out_of_the_digest()
    {
        var replica = await StartWithSubscriptionAsync("Etc/UTC", DigestDays.Daily, Noon);
        var catalog = Catalog(Rich("a"), Rich("b"));
        await replica.ActionPoints.CompleteAsync("a-ap", "U1", Noon);

        await replica.TickAtAsync(new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero), catalog);

        Assert.Equal(["b-ap"], replica.Publisher.Posted.Single().Digest.OpenActionPoints.Select(a => a.ActionPoint.Id));
    }

    [SkippableFact]
    public async Task A_channel_subscribing_after_todays_time_gets_its_first_digest_tomorrow()
    {
        var subscribedAt = new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);
        var replica = await StartAsync(await NewDatabaseAsync(), subscribedAt);
        await replica.Subscriptions.SaveAsync(new DigestSubscription("C1", new TimeOnly(9, 30), "Etc/UTC", DigestDays.Daily, subscribedAt));

        Assert.Empty(await replica.TickAtAsync(subscribedAt.AddMinutes(1), Talks));
        Assert.Single(await replica.TickAtAsync(subscribedAt.AddDays(1).AddMinutes(-30), Talks));
    }

    [SkippableFact]
    public async Task Nothing_is_claimed_while_the_notes_hold_no_talks()
    {
        var replica = await StartWithSubscriptionAsync("Etc/UTC", DigestDays.Daily, Noon);
        var due = new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero);

        Assert.Empty(await replica.TickAtAsync(due, Catalog()));
        Assert.Equal([DigestOutcome.Posted], (await replica.TickAtAsync(due.AddMinutes(1), Talks)).Select(r => r.Outcome));
    }
}
