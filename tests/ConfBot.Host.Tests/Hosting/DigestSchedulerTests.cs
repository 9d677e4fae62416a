using System.Collections.Concurrent;
using System.Diagnostics;
using ConfBot.Core.Digests;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using ConfBot.Core.Talks;
using ConfBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ConfBot.Host.Tests.Hosting;

public sealed class DigestSchedulerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingRunner _runner = new();
    private readonly ConfBot.Observability.ConfBotMetrics _metrics = new(
        new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());

    [Fact]
    public async Task Checks_at_start_and_then_every_interval()
    {
        using var scheduler = Scheduler();
        await scheduler.StartAsync(CancellationToken.None);
        await _runner.WaitForTicksAsync(1);

        _clock.Advance(Interval);
        await _runner.WaitForTicksAsync(2);
        _clock.Advance(Interval);
        await _runner.WaitForTicksAsync(3);

        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal(3, _runner.Ticks.Count);
    }

    [Fact]
    public async Task A_failing_check_is_logged_and_the_next_one_still_runs()
    {
        _runner.FailNext = true;
        using var scheduler = Scheduler();
        await scheduler.StartAsync(CancellationToken.None);
        await _runner.WaitForTicksAsync(1);

        _clock.Advance(Interval);
        await _runner.WaitForTicksAsync(2);

        Assert.False(scheduler.ExecuteTask!.IsFaulted);
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stops_promptly_while_waiting_for_the_next_tick()
    {
        using var scheduler = Scheduler();
        await scheduler.StartAsync(CancellationToken.None);
        await _runner.WaitForTicksAsync(1);

        var stopwatch = Stopwatch.StartNew();
        await scheduler.StopAsync(CancellationToken.None);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2));
        Assert.True(scheduler.ExecuteTask!.IsCompletedSuccessfully);
    }

    private DigestScheduler Scheduler()
    {
        var knowledge = Mock.Of<IKnowledgeBase>(k => k.Catalog == TalkCatalog.Empty);
        return new DigestScheduler(_runner, knowledge, Options.Create(new DigestSchedulerOptions { TickInterval = Interval }), _clock, _metrics, NullLogger<DigestScheduler>.Instance);
    }

    private sealed class CountingRunner : IDigestRunner
    {
        // Completed and replaced on each tick, for waiters on a count of them.
        private TaskCompletionSource _ticked = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<DateTimeOffset> Ticks { get; } = new();

        public bool FailNext { get; set; }

        public Task<IReadOnlyList<DigestRunResult>> RunDueAsync(TalkCatalog catalog, CancellationToken cancellationToken = default)
        {
            Ticks.Enqueue(DateTimeOffset.UtcNow);
            Interlocked.Exchange(ref _ticked, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("database down");
            }
            return Task.FromResult<IReadOnlyList<DigestRunResult>>([]);
        }

        public Task<DigestRunResult?> PostNowAsync(DigestKey key, TalkCatalog catalog, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The scheduler only runs due digests.");

        public async Task WaitForTicksAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                while (true)
                {
                    // Taken before counting, so a tick while we count still wakes us.
                    var ticked = Volatile.Read(ref _ticked).Task;
                    if (Ticks.Count >= count)
                        return;
                    await ticked.WaitAsync(timeout.Token);
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                Assert.Fail($"expected {count} ticks, saw {Ticks.Count}");
            }
        }
    }
}
