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
        var outcomes = new RequestOutcomes(client);
        var inFlight = new Task[total];
        var start = Stopwatch.GetTimestamp();
        var schedule = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
                WaitUntil(due);
                inFlight[i] = outcomes.SendAsync(request(), due);
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        schedule.Start();
        await Task.Run(schedule.Join);
        await Task.WhenAll(inFlight);
        return outcomes.Result(start);
    }

    // Sleeps rather than spins: a spinning thread would take one of the two cores the service needs. Requests that
    // fall due during a sleep go out together when it ends, at most about a millisecond late.
    private static void WaitUntil(long due)
    {
        while (Stopwatch.GetTimestamp() < due)
            Thread.Sleep(1);
    }
}
