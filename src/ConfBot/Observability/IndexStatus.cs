using ConfBot.Core.Search;
using ConfBot.Core.Talks;

namespace ConfBot.Observability;

/// <summary>
/// Follows the knowledge base's snapshots for metrics and readiness. It subscribes when it is made, and the host
/// makes every hosted service before it starts any (the notes are indexed in the starting phase), so the first
/// snapshot is seen too, wherever it is registered.
/// </summary>
internal sealed class IndexStatus : IHostedService, IDisposable
{
    private readonly IKnowledgeBase _knowledge;
    private readonly ConfBotMetrics _metrics;
    private readonly TimeProvider _time;

    // UTC ticks, 0 before the first snapshot; a long so readers on other threads never see half an update.
    private long _lastLoadedTicks;

    /// <summary>When the snapshot now serving was swapped in; null until the notes have been indexed once.</summary>
    public DateTimeOffset? LastLoaded =>
        Interlocked.Read(ref _lastLoadedTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public IndexStatus(IKnowledgeBase knowledge, ConfBotMetrics metrics, TimeProvider time)
    {
        (_knowledge, _metrics, _time) = (knowledge, metrics, time);
        knowledge.Reloaded += OnReloaded;
        metrics.ObserveSearchMode(() => knowledge.SearchesMeaning);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _knowledge.Reloaded -= OnReloaded;

    private void OnReloaded(object? sender, TalkCatalog catalog)
    {
        _metrics.IndexReloaded(catalog.Talks.Count, catalog.Warnings.Count);
        Interlocked.Exchange(ref _lastLoadedTicks, _time.GetUtcNow().UtcTicks);
    }
}
