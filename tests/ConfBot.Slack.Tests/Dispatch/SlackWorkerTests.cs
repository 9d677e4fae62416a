using System.Diagnostics.Metrics;
using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Dispatch;

public sealed class SlackWorkerTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync();

    private SlackWorkQueue Queue => _host.Services.GetRequiredService<SlackWorkQueue>();

    [Fact]
    public async Task Observers_hear_each_item_finish_with_how_it_ended()
    {
        Queue.TryEnqueue("works", _ => Task.CompletedTask);
        Queue.TryEnqueue("throws", _ => throw new InvalidOperationException("handler bug"));

        var finished = await _host.Work.NextAsync(2);

        Assert.Equal([("throws", SlackWorkOutcome.Failed), ("works", SlackWorkOutcome.Completed)], finished.OrderBy(f => f.Work));
    }

    [Fact]
    public async Task Finished_items_are_counted_by_outcome()
    {
        var counted = new List<string?>();
        using var listener = Listen(counted);

        Queue.TryEnqueue("works", _ => Task.CompletedTask);
        Queue.TryEnqueue("throws", _ => throw new InvalidOperationException("handler bug"));
        await _host.Work.NextAsync(2);

        lock (counted)
            Assert.Equal(["completed", "failed"], counted.Order());
    }

    // Only this host's meters: other tests run hosts of their own at the same time.
    private MeterListener Listen(List<string?> outcomes)
    {
        var meters = _host.Services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == "confbot.slack.work.items")
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            lock (outcomes)
                outcomes.Add(tags.ToArray().Single(t => t.Key == "outcome").Value as string);
        });
        listener.Start();
        return listener;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
