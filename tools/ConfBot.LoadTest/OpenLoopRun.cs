using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConfBot.LoadTest;

/// <summary>
/// Offers a fixed rate whatever the server does (open loop), timing each request from when it was due rather than
/// when it was sent, so a stalled server shows up as latency instead of as fewer requests.
/// </summary>
internal sealed class OpenLoopRun(HttpClient client, int rate, TimeSpan duration)
{
    public async Task<RunResult> RunAsync(Func<HttpRequestMessage> request)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var inFlight = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
            while (Stopwatch.GetTimestamp() < due)
                await Task.Delay(1);
            inFlight.Add(SendAsync(request(), due, latencies, () => Interlocked.Increment(ref failures)));
        }

        await Task.WhenAll(inFlight);
        return new RunResult($"{rate}/s", [.. latencies], failures, Stopwatch.GetElapsedTime(start));
    }

    private async Task SendAsync(HttpRequestMessage request, long due, ConcurrentBag<double> latencies, Action failed)
    {
        try
        {
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            if (response.IsSuccessStatusCode)
                latencies.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
            else
                failed();
        }
        catch (HttpRequestException)
        {
            failed();
        }
        catch (TaskCanceledException)
        {
            failed();
        }
        finally
        {
            request.Dispose();
        }
    }
}
