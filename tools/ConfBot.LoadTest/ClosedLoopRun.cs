using System.Diagnostics;

namespace ConfBot.LoadTest;

/// <summary>As fast as the server answers: each of <c>connections</c> workers sends its next request when the last returns.</summary>
internal sealed class ClosedLoopRun(HttpClient client, int connections, TimeSpan duration)
{
    public async Task<RunResult> RunAsync(Func<HttpRequestMessage> request)
    {
        var outcomes = new RequestOutcomes(client);
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < end)
                await outcomes.SendAsync(request(), Stopwatch.GetTimestamp());
        });
        await Task.WhenAll(workers);
        return outcomes.Result(start);
    }
}
