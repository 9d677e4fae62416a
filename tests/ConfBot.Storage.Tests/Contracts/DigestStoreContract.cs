using ConfBot.Core.State;
using ConfBot.Storage.Sql.Stores;
using ConfBot.Storage.Tests.TestSupport;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>Subscriptions, the log of digests and first-seen talks, the same on every provider.</summary>
public abstract class DigestStoreContract : StorageTestBase
{
    private static readonly DigestKey Monday = new("C1", new DateOnly(2026, 3, 2));
    private static readonly DigestClaimPolicy Policy = new(Lease: TimeSpan.FromMinutes(5), RetryDelay: TimeSpan.FromMinutes(2), MaxAttempts: 3);

    private async Task<SqlDigestLog> NewLogAsync() => new(await (await NewDatabaseAsync()).ConnectMigratedAsync());

    [SkippableFact]
    public async Task Subscription_reads_back_as_saved_and_saving_again_replaces_it()
    {
        var store = new SqlDigestSubscriptionStore(await (await NewDatabaseAsync()).ConnectMigratedAsync());
        var first = new DigestSubscription("C1", new TimeOnly(9, 30), "Europe/Berlin", DigestDays.Weekdays, Noon);
        await store.SaveAsync(first);
        Assert.Equal(first, await store.GetAsync("C1"));

        var changed = first with { LocalTime = new TimeOnly(8, 5), TimeZoneId = "America/New_York", Days = DigestDays.Daily, Since = Noon.AddDays(1) };
        await store.SaveAsync(changed);
        Assert.Equal(changed, await store.GetAsync("C1"));
    }

    [SkippableFact]
    public async Task Subscriptions_are_listed_by_channel_and_can_be_removed()
    {
        var store = new SqlDigestSubscriptionStore(await (await NewDatabaseAsync()).ConnectMigratedAsync());
        foreach (var channel in new[] { "C3", "C1", "C2" })
            await store.SaveAsync(new DigestSubscription(channel, new TimeOnly(9, 30), "Etc/UTC", DigestDays.Weekdays, Noon));

        Assert.True(await store.RemoveAsync("C2"));
        Assert.False(await store.RemoveAsync("C2"));
        Assert.Equal(["C1", "C3"], (await store.ListAsync()).Select(s => s.ChannelId));
        Assert.Null(await store.GetAsync("C2"));
    }

    [SkippableFact]
    public async Task The_first_claim_wins_and_a_live_claim_is_not_taken()
    {
        var log = await NewLogAsync();

        var claim = await log.TryClaimAsync(Monday, "runner-a", Noon, Policy);

        Assert.Equal(new DigestClaim(Monday, "runner-a", 1), claim);
        Assert.Null(await log.TryClaimAsync(Monday, "runner-b", Noon.AddMinutes(4), Policy));
        Assert.Equal(DigestLogState.Claimed, (await log.GetAsync(Monday))!.State);
    }

    [SkippableFact]
    public async Task A_posted_digest_is_never_claimed_again()
    {
        var log = await NewLogAsync();
        var claim = (await log.TryClaimAsync(Monday, "runner-a", Noon, Policy))!;

        Assert.True(await log.MarkPostedAsync(claim, "talk-1", Noon.AddSeconds(3)));

        Assert.Null(await log.TryClaimAsync(Monday, "runner-b", Noon.AddDays(1), Policy));
        var entry = await log.GetAsync(Monday);
        Assert.Equal(new DigestLogEntry(Monday, DigestLogState.Posted, "runner-a", 1, null, "talk-1", Noon.AddSeconds(3)), entry);
    }

    [SkippableFact]
    public async Task A_stale_claim_is_taken_over_after_the_lease_and_the_old_holder_cannot_finish_it()
    {
        var log = await NewLogAsync();
        var abandoned = (await log.TryClaimAsync(Monday, "runner-a", Noon, Policy))!;

        var takeover = await log.TryClaimAsync(Monday, "runner-b", Noon + Policy.Lease, Policy);

        Assert.Equal(new DigestClaim(Monday, "runner-b", 2), takeover);
        Assert.False(await log.MarkPostedAsync(abandoned, "talk-1", Noon.AddMinutes(6)));
        Assert.True(await log.MarkPostedAsync(takeover!, "talk-1", Noon.AddMinutes(6)));
    }

    [SkippableFact]
    public async Task A_failed_attempt_is_retried_after_the_delay_until_the_attempt_limit()
    {
        var log = await NewLogAsync();
        var now = Noon;
        for (var attempt = 1; attempt <= Policy.MaxAttempts; attempt++)
        {
            var claim = await log.TryClaimAsync(Monday, "runner-a", now, Policy);
            Assert.Equal(attempt, claim!.Attempt);
            Assert.True(await log.MarkFailedAsync(claim, $"boom {attempt}", now));
            Assert.Null(await log.TryClaimAsync(Monday, "runner-a", now + Policy.RetryDelay - TimeSpan.FromSeconds(1), Policy));
            now += Policy.RetryDelay;
        }

        Assert.Null(await log.TryClaimAsync(Monday, "runner-a", now.AddHours(1), Policy));
        var entry = await log.GetAsync(Monday);
        Assert.Equal((DigestLogState.Failed, Policy.MaxAttempts, "boom 3"), (entry!.State, entry.Attempts, entry.LastError));
    }

    [SkippableFact]
    public async Task A_skip_is_recorded_once_and_the_digest_cannot_be_claimed_after_it()
    {
        var log = await NewLogAsync();

        Assert.True(await log.TryMarkSkippedAsync(Monday, Noon));
        Assert.False(await log.TryMarkSkippedAsync(Monday, Noon.AddMinutes(1)));
        Assert.Null(await log.TryClaimAsync(Monday, "runner-a", Noon.AddMinutes(2), Policy));
        Assert.Equal(DigestLogState.Skipped, (await log.GetAsync(Monday))!.State);
    }

    [SkippableFact]
    public async Task History_holds_each_shown_talk_with_its_latest_showing_and_the_last_post()
    {
        var log = await NewLogAsync();
        string[] talks = ["talk-1", "talk-2", "talk-1"];
        for (var day = 0; day < talks.Length; day++)
        {
            var key = Monday with { LocalDate = Monday.LocalDate.AddDays(day) };
            var claim = (await log.TryClaimAsync(key, "runner-a", Noon.AddDays(day), Policy))!;
            await log.MarkPostedAsync(claim, talks[day], Noon.AddDays(day));
        }
        var failed = (await log.TryClaimAsync(Monday with { LocalDate = Monday.LocalDate.AddDays(3) }, "runner-a", Noon.AddDays(3), Policy))!;
        await log.MarkFailedAsync(failed, "boom", Noon.AddDays(3));

        var history = await log.GetHistoryAsync("C1");

        Assert.Equal(Noon.AddDays(2), history.LastPostedAt);
        Assert.Equal(new Dictionary<string, DateTimeOffset> { ["talk-1"] = Noon.AddDays(2), ["talk-2"] = Noon.AddDays(1) }, history.ShownTalks);
        Assert.Equal(DigestHistory.None, await log.GetHistoryAsync("C2"));
    }

    [SkippableFact]
    public async Task Replicas_racing_for_the_same_digest_get_one_claim()
    {
        var database = await NewDatabaseAsync();
        var replicas = new[] { new SqlDigestLog(await database.ConnectMigratedAsync()), new SqlDigestLog(await database.ConnectMigratedAsync()) };

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => replicas[i % 2].TryClaimAsync(Monday, $"runner-{i}", Noon, Policy))));

        Assert.Single(claims, c => c is not null);
    }

    [SkippableFact]
    public async Task A_talk_keeps_the_time_it_was_first_seen()
    {
        var store = new SqlTalkFirstSeenStore(await (await NewDatabaseAsync()).ConnectMigratedAsync());
        await store.RecordAsync(["a", "b"], Noon);

        var seen = await store.RecordAsync(["b", "c", "c"], Noon.AddDays(1));

        Assert.Equal(new Dictionary<string, DateTimeOffset> { ["b"] = Noon, ["c"] = Noon.AddDays(1) }, seen);
    }

    [SkippableFact]
    public async Task First_seen_times_are_recorded_for_catalogs_larger_than_one_batch()
    {
        var store = new SqlTalkFirstSeenStore(await (await NewDatabaseAsync()).ConnectMigratedAsync());
        var ids = Enumerable.Range(0, 1200).Select(i => $"talk-{i}").ToList();

        var seen = await store.RecordAsync(ids, Noon);

        Assert.Equal(1200, seen.Count);
    }
}
