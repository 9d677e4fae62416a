using System.Threading.Channels;
using ConfBot.Slack.Dispatch;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Hears the worker finish each item, so a test can assert what did not happen once the work is known done.</summary>
internal sealed class FinishedWork : ISlackWorkObserver
{
    private readonly Channel<(string Work, SlackWorkOutcome Outcome)> _finished = Channel.CreateUnbounded<(string, SlackWorkOutcome)>();

    public void OnFinished(SlackWorkItem item, SlackWorkOutcome outcome) => _finished.Writer.TryWrite((item.Name, outcome));

    /// <summary>The next <paramref name="count"/> items to finish, in the order they finished.</summary>
    public async Task<List<(string Work, SlackWorkOutcome Outcome)>> NextAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var finished = new List<(string, SlackWorkOutcome)>();
        while (finished.Count < count)
            finished.Add(await _finished.Reader.ReadAsync(timeout.Token));
        return finished;
    }
}
