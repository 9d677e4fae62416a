using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>
/// A fake clock that reports each timer started on it, so a test advances time only once the code under test is
/// really waiting: advancing earlier would start the wait after the jump and leave it pending.
/// </summary>
internal sealed class WatchedClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _started.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Completes once a timer of exactly <paramref name="dueTime"/> is pending; fails after 15 real seconds.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (await _started.Reader.ReadAsync(timeout.Token) != dueTime)
        {
        }
    }
}
