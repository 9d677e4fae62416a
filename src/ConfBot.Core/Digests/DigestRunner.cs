using ConfBot.Core.State;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Digests;

internal sealed partial class DigestRunner(
    IDigestSubscriptionStore subscriptions,
    IDigestLog log,
    IDigestBuilder builder,
    IDigestPublisher publisher,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger) : IDigestRunner
{
    private const int MaxErrorLength = 1000;

    /// <summary>Unique per runner, so a claim names the process holding it.</summary>
    private readonly string _claimant = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<IReadOnlyList<DigestRunResult>> RunDueAsync(TalkCatalog catalog, CancellationToken cancellationToken = default)
    {
        // One instant for the whole tick: every decision and record in it agrees on what time it is.
        var now = time.GetUtcNow();
        var results = new List<DigestRunResult>();
        foreach (var subscription in await subscriptions.ListAsync(cancellationToken))
        {
            var result = await RunAsync(subscription, catalog, now, cancellationToken);
            if (result is not null)
                results.Add(result);
        }
        return results;
    }

    private async Task<DigestRunResult?> RunAsync(DigestSubscription subscription, TalkCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var occurrence = DigestSchedule.Latest(subscription, now);
        if (occurrence.DueAt < subscription.Since)
            return null;
        var key = new DigestKey(subscription.ChannelId, occurrence.LocalDate);
        var lateness = now - occurrence.DueAt;
        if (lateness > settings.CatchUpWindow)
        {
            if (!await log.TryMarkSkippedAsync(key, now, cancellationToken))
                return null;
            LogSkipped(key, occurrence.DueAt, lateness);
            return new DigestRunResult(key, DigestOutcome.Skipped);
        }
        // An empty catalog (notes not loaded yet) is not worth a claim: the next tick may have talks.
        if (catalog.Talks.Count == 0)
            return null;
        LogDue(key, occurrence.DueAt, lateness);
        return await PostAsync(key, catalog, now, cancellationToken);
    }

    public async Task<DigestRunResult?> PostNowAsync(DigestKey key, TalkCatalog catalog, CancellationToken cancellationToken = default)
    {
        if (catalog.Talks.Count == 0)
            return null;
        LogPostingNow(key);
        return await PostAsync(key, catalog, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Claims, composes and publishes one digest; the claim is what keeps replicas and "post now" from posting it twice.</summary>
    private async Task<DigestRunResult?> PostAsync(DigestKey key, TalkCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var policy = new DigestClaimPolicy(settings.ClaimLease, settings.RetryDelay, settings.MaxAttempts);
        var claim = await log.TryClaimAsync(key, _claimant, now, policy, cancellationToken);
        if (claim is null)
            return null;

        var digest = await builder.BuildAsync(key, catalog, now, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("A catalog with talks always gives a digest.");
        LogAttempt(key, claim.Attempt);
        try
        {
            await publisher.PublishAsync(digest, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var error = ex.Message.Length > MaxErrorLength ? ex.Message[..MaxErrorLength] : ex.Message;
            await log.MarkFailedAsync(claim, error, now, cancellationToken);
            LogFailed(ex, key, claim.Attempt, settings.MaxAttempts);
            return new DigestRunResult(key, DigestOutcome.Failed, error);
        }
        if (!await log.MarkPostedAsync(claim, digest.TalkOfTheDay.Id, now, cancellationToken))
            LogClaimLost(key, settings.ClaimLease);
        return new DigestRunResult(key, DigestOutcome.Posted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {Key} due at {DueAt:u} skipped: the service came back {Lateness} late, past the catch-up window")]
    private partial void LogSkipped(DigestKey key, DateTimeOffset dueAt, TimeSpan lateness);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Digest {Key} due at {DueAt:u} ({Lateness} late) is due")]
    private partial void LogDue(DigestKey key, DateTimeOffset dueAt, TimeSpan lateness);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {Key} asked for now")]
    private partial void LogPostingNow(DigestKey key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Posting digest {Key}, attempt {Attempt}")]
    private partial void LogAttempt(DigestKey key, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Posting digest {Key} failed (attempt {Attempt} of {MaxAttempts})")]
    private partial void LogFailed(Exception exception, DigestKey key, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {Key} was posted after its claim lease ({Lease}) ran out; another runner may post it again. Raise ConfBot:Digest:ClaimLease")]
    private partial void LogClaimLost(DigestKey key, TimeSpan lease);
}
