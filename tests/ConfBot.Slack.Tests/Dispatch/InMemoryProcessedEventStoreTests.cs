using ConfBot.Slack.Dispatch;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Slack.Tests.Dispatch;

public sealed class InMemoryProcessedEventStoreTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _clock = new();
    private readonly InMemoryProcessedEventStore _store;

    public InMemoryProcessedEventStoreTests() => _store = new InMemoryProcessedEventStore(_clock);

    [Fact]
    public async Task First_mark_wins_and_repeats_are_refused()
    {
        Assert.True(await _store.TryMarkProcessedAsync("Ev1", Retention, default));
        Assert.False(await _store.TryMarkProcessedAsync("Ev1", Retention, default));
        Assert.True(await _store.TryMarkProcessedAsync("Ev2", Retention, default));
    }

    [Fact]
    public async Task Event_is_still_remembered_at_slacks_last_retry()
    {
        await _store.TryMarkProcessedAsync("Ev1", Retention, default);
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.False(await _store.TryMarkProcessedAsync("Ev1", Retention, default));
    }

    [Fact]
    public async Task Event_is_forgotten_after_the_retention()
    {
        await _store.TryMarkProcessedAsync("Ev1", Retention, default);
        _clock.Advance(Retention + TimeSpan.FromSeconds(1));

        Assert.True(await _store.TryMarkProcessedAsync("Ev1", Retention, default));
    }

    [Fact]
    public async Task Concurrent_marks_of_one_event_admit_exactly_one()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _store.TryMarkProcessedAsync("Ev1", Retention, default).AsTask())));

        Assert.Single(results, admitted => admitted);
    }
}
