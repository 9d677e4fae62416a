using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConfBot.LoadTest;

/// <summary>
/// What a phase's requests came to, collected from many workers at once: the latency of each success and a count of
/// failures. A timeout or a refused connection is a failure to count, not an error that ends the run.
/// </summary>
internal sealed class RequestOutcomes(HttpClient client)
{
    private readonly ConcurrentQueue<double> _latencies = new();
    private int _failures;

    /// <summary>Sends <paramref name="request"/> (and disposes it), timing its latency from <paramref name="timedFrom"/>.</summary>
    public async Task SendAsync(HttpRequestMessage request, long timedFrom)
    {
        try
        {
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            if (response.IsSuccessStatusCode)
                _latencies.Enqueue(Stopwatch.GetElapsedTime(timedFrom).TotalMilliseconds);
            else
                Interlocked.Increment(ref _failures);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _failures);
        }
        finally
        {
            request.Dispose();
        }
    }

    public RunResult Result(long start) => new([.. _latencies], _failures, Stopwatch.GetElapsedTime(start));
}
