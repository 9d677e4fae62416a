using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Storage.Tests.TestSupport;
using static ConfBot.Storage.Tests.TestSupport.SampleTalks;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>The digest runner on real stores shared by replicas: each digest posted once, through crashes and failed posts.</summary>
public abstract class DigestReplicasContract : DigestRunnerContractBase
{
    [SkippableFact]
    public async Task Two_replicas_ticking_together_post_each_digest_exactly_once()
    {
        var database = await NewDatabaseAsync();
        var due = new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero);
        var replicas = new[] { await StartAsync(database, due), await StartAsync(database, due) };
        var channels = Enumerable.Range(1, 6).Select(i => $"C{i}").ToList();
        foreach (var channel in channels)
            await replicas[0].Subscriptions.SaveAsync(new DigestSubscription(channel, new TimeOnly(9, 30), "Etc/UTC", DigestDays.Daily, LongAgo));

        for (var minute = 0; minute < 3; minute++)
            await Task.WhenAll(replicas.Select(r => Task.Run(() => r.TickAtAsync(due.AddMinutes(minute), Talks))));

        var posted = replicas.SelectMany(r => r.Publisher.Posted).Select(p => p.Digest.Key.ChannelId).Order();
        Assert.Equal(channels, posted);
    }

    [SkippableFact]
    public async Task A_digest_claimed_by_a_replica_that_died_is_posted_once_by_another_after_the_lease()
    {
        var database = await NewDatabaseAsync();
        var due = new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero);
        var dying = await StartAsync(database, due);
        await dying.Subscriptions.SaveAsync(new DigestSubscription("C1", new TimeOnly(9, 30), "Etc/UTC", DigestDays.Daily, LongAgo));
        var publishing = new TaskCompletionSource();
        dying.Publisher.OnPublish = async (_, token) =>
        {
            publishing.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        };
        using var death = new CancellationTokenSource();
        var tick = dying.TickAsync(Talks, death.Token);
        await publishing.Task;
        await death.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => tick);

        var survivor = await StartAsync(database, due);
        var withinLease = await survivor.TickAtAsync(due + Lease - TimeSpan.FromMinutes(1), Talks);
        var afterLease = await survivor.TickAtAsync(due + Lease, Talks);
        var later = await survivor.TickAtAsync(due + Lease + TimeSpan.FromMinutes(1), Talks);

        Assert.Empty(withinLease);
        Assert.Equal([DigestOutcome.Posted], afterLease.Select(r => r.Outcome));
        Assert.Empty(later);
        Assert.Empty(dying.Publisher.Posted);
        Assert.Single(survivor.Publisher.Posted);
        var entry = await survivor.Log.GetAsync(new DigestKey("C1", new DateOnly(2026, 3, 3)));
        Assert.Equal((DigestLogState.Posted, 2), (entry!.State, entry.Attempts));
    }

    [SkippableFact]
    public async Task A_failed_post_is_retried_after_the_retry_delay()
    {
        var replica = await StartWithSubscriptionAsync("Etc/UTC", DigestDays.Daily, Noon);
        var due = new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero);
        replica.Publisher.OnPublish = (_, _) => throw new HttpRequestException("Slack is down");

        var failed = await replica.TickAtAsync(due, Talks);
        replica.Publisher.OnPublish = null;
        var tooSoon = await replica.TickAtAsync(due.AddMinutes(1), Talks);
        var retried = await replica.TickAtAsync(due.AddMinutes(2), Talks);

        Assert.Equal([new DigestRunResult(new DigestKey("C1", new DateOnly(2026, 3, 3)), DigestOutcome.Failed, "Slack is down")], failed);
        Assert.Empty(tooSoon);
        Assert.Equal([DigestOutcome.Posted], retried.Select(r => r.Outcome));
    }
}
