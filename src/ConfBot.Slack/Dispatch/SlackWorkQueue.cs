using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Dispatch;

/// <summary>
/// Bounded hand-off from the transports to <see cref="SlackWorker"/>. It refuses work when full rather than
/// waiting, because the transport must ack within 3 seconds; a refused delivery is left for Slack to retry.
/// </summary>
internal sealed partial class SlackWorkQueue(IOptions<SlackOptions> options, ILogger<SlackWorkQueue> logger)
{
    private readonly Channel<SlackWorkItem> _channel = Channel.CreateBounded<SlackWorkItem>(
        new BoundedChannelOptions(options.Value.WorkQueueCapacity) { SingleReader = false, SingleWriter = false });

    private volatile bool _closed;

    public ChannelReader<SlackWorkItem> Reader => _channel.Reader;

    public bool TryEnqueue(string name, Func<CancellationToken, Task> work)
    {
        if (_channel.Writer.TryWrite(new SlackWorkItem(name, work, Activity.Current?.Context ?? default)))
            return true;
        if (_closed)
            LogClosed(name);
        else
            LogQueueFull(name, options.Value.WorkQueueCapacity);
        return false;
    }

    /// <summary>At shutdown: refuse new work (Slack retries it, possibly on another replica); queued work still runs.</summary>
    public void Close()
    {
        _closed = true;
        _channel.Writer.TryComplete();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work queue is full ({Capacity} items); refusing {Work}")]
    private partial void LogQueueFull(string work, int capacity);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down; refusing {Work}")]
    private partial void LogClosed(string work);
}
