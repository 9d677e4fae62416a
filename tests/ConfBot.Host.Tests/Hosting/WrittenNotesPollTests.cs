using System.Threading.Channels;
using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Host.Tests.Hosting;

/// <summary>The poll that brings other replicas' written notes in: at start, then every interval, through store failures.</summary>
public sealed class WrittenNotesPollTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingFeed _feed = new();

    [Fact]
    public async Task Refreshes_at_start_and_then_every_interval()
    {
        using var poll = Poll();
        await poll.StartAsync(CancellationToken.None);
        Assert.Equal(1, await _feed.NextRefreshAsync());

        _clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _feed.Count);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, await _feed.NextRefreshAsync());
        _clock.Advance(Interval);
        Assert.Equal(3, await _feed.NextRefreshAsync());

        await poll.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_store_that_fails_is_tried_again_on_the_next_tick()
    {
        _feed.FailNext = true;
        using var poll = Poll();
        await poll.StartAsync(CancellationToken.None);
        Assert.Equal(1, await _feed.NextRefreshAsync());

        _clock.Advance(Interval);
        Assert.Equal(2, await _feed.NextRefreshAsync());
        Assert.False(poll.ExecuteTask!.IsFaulted);
        await poll.StopAsync(CancellationToken.None);
    }

    private WrittenNotesPoll Poll() =>
        new(_feed, Options.Create(new NotesOptions { WrittenPollInterval = Interval }), _clock, NullLogger<WrittenNotesPoll>.Instance);

    private sealed class RecordingFeed : IWrittenNoteFeed
    {
        private readonly Channel<int> _refreshes = Channel.CreateUnbounded<int>();
        private int _count;

        public bool FailNext { get; set; }

        public int Count => Volatile.Read(ref _count);

        public IReadOnlyList<WrittenNote> Notes => [];

        public event EventHandler? Changed { add { } remove { } }

        public Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
        {
            _refreshes.Writer.TryWrite(Interlocked.Increment(ref _count));
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the store is down");
            }
            return Task.FromResult(false);
        }

        public async Task<int> NextRefreshAsync() => await _refreshes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }
}
