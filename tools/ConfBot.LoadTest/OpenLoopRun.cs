using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConfBot.LoadTest;

/// <summary>
/// Offers a fixed rate whatever the server does (open loop), timing each request from when it was due rather than
/// when it was sent, so a stalled server shows up as latency instead of as fewer requests. The schedule runs on a
/// dedicated thread: on two busy cores, a thread-pool timer loop falls behind and would be measured as server latency.
/// </summary>
internal sealed class OpenLoopRun(HttpClient client, int rate, TimeSpan duration)
{
    public async Task<RunResult> RunAsync(Func<HttpRequestMessage> request)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var inFlight = new Task[total];
        var start = Stopwatch.GetTimestamp();
        var schedule = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
                WaitUntil(due);
                inFlight[i] = SendAsync(request(), due, latencies, () => Interlocked.Increment(ref failures));
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        schedule.Start();
        await Task.Run(schedule.Join);
        await Task.WhenAll(inFlight);
        return new RunResult($"{rate}/s", [.. latencies], failures, Stopwatch.GetElapsedTime(start));
    }

    // Sleeps rather than spins: a spinning thread would take one of the two cores the service needs. Requests that
    // fall due during a sleep go out together when it ends, at most about a millisecond late.
    private static void WaitUntil(long due)
    {
        while (Stopwatch.GetTimestamp() < due)
            Thread.Sleep(1);
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
