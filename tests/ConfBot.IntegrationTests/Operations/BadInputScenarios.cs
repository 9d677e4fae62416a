using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ConfBot.Core.Search;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Operations;

[Collection(MeasuresProcessMemory.Name)]
public sealed class BadInputScenarios
{
    private const int Requests = 10_000;
    private const int Concurrency = 8;

    [Fact]
    public async Task Ten_thousand_malformed_requests_all_get_a_4xx_and_leave_the_service_up_with_flat_memory()
    {
        // Rejections log a warning each; at this volume only errors are of interest.
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" });
        // The language model loads and embeds the notes in the background after start: tens of megabytes that would
        // otherwise land inside the measured window on a slow machine.
        await service.Services.GetRequiredService<IKnowledgeBase>().Embedded.WaitAsync(TimeSpan.FromMinutes(5));
        // A first round as large as the measured one: pools and caches that grow to their working size under this load
        // (Kestrel's, the runtime's) are then full before measuring, so only a leak grows the second round.
        await SendAsync(service, new MalformedRequests(seed: 1), Requests);
        var (heapBefore, workingSetBefore) = Memory();

        var statuses = await SendAsync(service, new MalformedRequests(seed: 2), Requests);
        var (heapAfter, workingSetAfter) = Memory();
        var ack = await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("still-up")));

        Assert.Equal(Requests, statuses.Count);
        Assert.All(statuses.GroupBy(s => s), group => Assert.InRange((int)group.Key, 400, 499));
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Contains("Vault", await SlashReplies.ReadAsync(ack, service.Slack, "still-up"), StringComparison.Ordinal);
        // Generous bounds: this process also holds the test runner and the fake Slack; a leak of even 1 KB per request would exceed them.
        Assert.True(heapAfter - heapBefore < 20_000_000, $"GC heap grew from {heapBefore:N0} to {heapAfter:N0} bytes");
        Assert.True(workingSetAfter - workingSetBefore < 100_000_000, $"working set grew from {workingSetBefore:N0} to {workingSetAfter:N0} bytes");
    }

    private static async Task<IReadOnlyCollection<HttpStatusCode>> SendAsync(ConfBotService service, MalformedRequests generator, int count)
    {
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var remaining = count;
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                HttpRequestMessage request;
                lock (generator)
                    request = generator.Next();
                using (request)
                using (var response = await service.Client.SendAsync(request))
                    statuses.Add(response.StatusCode);
            }
        });
        await Task.WhenAll(workers);
        return statuses;
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
