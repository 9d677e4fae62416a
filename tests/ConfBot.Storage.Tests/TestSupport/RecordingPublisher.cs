using System.Collections.Concurrent;
using ConfBot.Core.Digests;

namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>Stands in for Slack: remembers every digest posted and when; <see cref="OnPublish"/> can make posting fail or hang.</summary>
internal sealed class RecordingPublisher(TimeProvider clock) : IDigestPublisher
{
    private readonly ConcurrentQueue<(Digest Digest, DateTimeOffset At)> _posted = new();

    public Func<Digest, CancellationToken, Task>? OnPublish { get; set; }

    public IReadOnlyList<(Digest Digest, DateTimeOffset At)> Posted => _posted.ToList();

    public async Task PublishAsync(Digest digest, CancellationToken cancellationToken)
    {
        if (OnPublish is not null)
            await OnPublish(digest, cancellationToken);
        _posted.Enqueue((digest, clock.GetUtcNow()));
    }
}
