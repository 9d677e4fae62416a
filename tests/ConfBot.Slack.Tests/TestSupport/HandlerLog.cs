using System.Threading.Channels;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>What the recording handlers saw, in order; shared as a singleton.</summary>
internal sealed class HandlerLog
{
    private readonly Channel<object> _seen = Channel.CreateUnbounded<object>();

    public List<object> All { get; } = [];

    public void Record(object request)
    {
        lock (All)
            All.Add(request);
        _seen.Writer.TryWrite(request);
    }

    public async Task<T> NextAsync<T>()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return (T)await _seen.Reader.ReadAsync(timeout.Token);
    }
}
