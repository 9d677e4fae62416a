using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Storage.Tests.TestSupport;
using static ConfBot.Storage.Tests.TestSupport.SampleTalks;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>What the digest runner contracts share: a replica on real stores, composed as the host composes it.</summary>
public abstract class DigestRunnerContractBase : StorageTestBase
{
    private protected static readonly DateTimeOffset LongAgo = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private protected static readonly Core.Talks.TalkCatalog Talks = Catalog(Rich("a"), Plain("b"), Plain("c"));

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["ConfBot:Digest:CatchUpWindow"] = "02:00:00",
        ["ConfBot:Digest:ClaimLease"] = Lease.ToString(),
        ["ConfBot:Digest:RetryDelay"] = "00:02:00",
    };

    private protected async Task<DigestReplica> StartAsync(TestDatabase database, DateTimeOffset now)
        => DisposeAfterTest(await DigestReplica.StartAsync(database, now, Settings));

    private protected async Task<DigestReplica> StartWithSubscriptionAsync(string zone, DigestDays days, DateTimeOffset now)
    {
        var replica = await StartAsync(await NewDatabaseAsync(), now);
        await replica.Subscriptions.SaveAsync(new DigestSubscription("C1", new TimeOnly(9, 30), zone, days, LongAgo));
        return replica;
    }
}
