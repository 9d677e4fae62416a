using ConfBot.Core.Search;
using ConfBot.Core.Talks;

namespace ConfBot.Observability;

/// <summary>
/// Follows the knowledge base's snapshots for metrics and readiness. Started before the notes are first indexed
/// (it is registered ahead of the indexing service), so the first snapshot is seen too.
/// </summary>
internal sealed class IndexStatus(IKnowledgeBase knowledge, ConfBotMetrics metrics, TimeProvider time) : IHostedService
{
    // UTC ticks, 0 before the first snapshot; a long so readers on other threads never see half an update.
    private long _lastLoadedTicks;

    /// <summary>When the snapshot now serving was swapped in; null until the notes have been indexed once.</summary>
    public DateTimeOffset? LastLoaded =>
        Interlocked.Read(ref _lastLoadedTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        knowledge.Reloaded += OnReloaded;
        metrics.ObserveSearchMode(() => knowledge.SearchesMeaning);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        knowledge.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    private void OnReloaded(object? sender, TalkCatalog catalog)
    {
        metrics.IndexReloaded(catalog.Talks.Count, catalog.Warnings.Count);
        Interlocked.Exchange(ref _lastLoadedTicks, time.GetUtcNow().UtcTicks);
    }
}
