using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConfBot.LoadTest;

/// <summary>As fast as the server answers: each of <c>connections</c> workers sends its next request when the last returns.</summary>
internal sealed class ClosedLoopRun(HttpClient client, int connections, TimeSpan duration)
{
    public async Task<RunResult> RunAsync(Func<HttpRequestMessage> request)
    {
        var latencies = new ConcurrentQueue<double>();
        var failures = 0;
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                using var message = request();
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(message);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode)
                        latencies.Enqueue(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    else
                        Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(workers);
        return new RunResult($"max, {connections} connections", [.. latencies], failures, Stopwatch.GetElapsedTime(start));
    }
}
