using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>
/// What <see cref="FakeSlack"/> answers: every call succeeds the way Slack answers it unless scripted — one-off
/// replies per method, an outage (<see cref="Down"/>), or a call held unanswered.
/// </summary>
internal abstract class ScriptedSlack
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponse, Task>>> _scripted = new();
    private readonly List<Hold> _holds = [];
    private readonly ConcurrentDictionary<string, int> _outages = new();

    public Uri BaseAddress { get; protected set; } = null!;

    /// <summary>Calls held by <see cref="HoldNext"/>: received, never answered.</summary>
    public ConcurrentQueue<RecordedCall> Unanswered { get; } = new();

    /// <summary>While true every Web API method but auth.test answers 500, as during a Slack outage.</summary>
    public bool Down { get; set; }

    /// <summary>Queues a one-off reply for the next call to <paramref name="method"/>.</summary>
    public void Script(string method, int status, string json, Action<IHeaderDictionary>? headers = null) =>
        Script(method, async response =>
        {
            response.StatusCode = status;
            headers?.Invoke(response.Headers);
            response.ContentType = "application/json";
            await response.WriteAsync(json);
        });

    /// <summary>Answers the next call to <paramref name="method"/> with 429 Too Many Requests and <c>Retry-After</c>.</summary>
    public void RateLimitNext(string method, int retryAfterSeconds) =>
        Script(method, StatusCodes.Status429TooManyRequests, """{"ok":false,"error":"ratelimited"}""",
            headers => headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture));

    /// <summary>Answers the next call to <paramref name="method"/> with Slack's <c>ok: false</c> and <paramref name="error"/>.</summary>
    public void FailNext(string method, string error) =>
        Script(method, response => response.WriteAsJsonAsync(new { ok = false, error }));

    /// <summary>Answers the next call to <paramref name="method"/> with an HTTP error such as 500 or 503.</summary>
    public void FailNext(string method, int statusCode) =>
        Script(method, response =>
        {
            response.StatusCode = statusCode;
            return Task.CompletedTask;
        });

    /// <summary>
    /// Answers every call to <paramref name="method"/> with <paramref name="statusCode"/> until the returned outage is
    /// ended: unlike a count of <see cref="FailNext(string, int)"/> replies, no background retry can outlast it.
    /// </summary>
    public IDisposable Outage(string method, int statusCode)
    {
        _outages[method] = statusCode;
        return new EndOutage(() => _outages.TryRemove(method, out _));
    }

    /// <summary>Holds the next call to <paramref name="method"/> for <paramref name="delay"/> before answering normally.</summary>
    public void DelayNext(string method, TimeSpan delay) =>
        Script(method, async response =>
        {
            await Task.Delay(delay);
            await response.WriteAsJsonAsync(DefaultReply(method));
        });

    /// <summary>
    /// Never answers the next call to <paramref name="method"/> that matches, as a Slack that has not got to it yet:
    /// the caller waits until it gives up or dies. Completes when that call arrives; it is recorded in
    /// <see cref="Unanswered"/> as well as <see cref="FakeSlack.Calls"/>.
    /// </summary>
    public Task<RecordedCall> HoldNext(string method, Func<RecordedCall, bool> match)
    {
        var hold = new Hold(method, match, new(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_holds)
            _holds.Add(hold);
        return hold.Arrived.Task;
    }

    /// <summary>Answers a recorded call: held, failed or scripted as the test said, else the way Slack answers it.</summary>
    protected async Task ReplyAsync(HttpContext context, RecordedCall call)
    {
        if (TakeHold(call) is { } hold)
        {
            Unanswered.Enqueue(call);
            hold.Arrived.SetResult(call);
            await WaitUntilAbandonedAsync(context);
        }
        else if (Down && call.Path != "auth.test")
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        else if (_outages.TryGetValue(call.Path, out var outageStatus))
            context.Response.StatusCode = outageStatus;
        else if (_scripted.TryGetValue(call.Path, out var queue) && queue.TryDequeue(out var reply))
            await reply(context.Response);
        else
            await context.Response.WriteAsJsonAsync(DefaultReply(call.Path));
    }

    private Hold? TakeHold(RecordedCall call)
    {
        lock (_holds)
        {
            var hold = _holds.FirstOrDefault(h => h.Method == call.Path && h.Match(call));
            if (hold is not null)
                _holds.Remove(hold);
            return hold;
        }
    }

    private static async Task WaitUntilAbandonedAsync(HttpContext context)
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // The caller hung up (or this fake is stopping): nothing was answered, as if the call never got through.
        }
    }

    private void Script(string method, Func<HttpResponse, Task> reply) => _scripted.GetOrAdd(method, _ => new()).Enqueue(reply);

    private object DefaultReply(string path) => path switch
    {
        "auth.test" => new { ok = true, user_id = FakeSlack.BotUserId, bot_id = "BBOT", team_id = "T111", team = "Test", url = "https://test.slack.com/" },
        "chat.postMessage" or "chat.update" => new { ok = true, channel = "C111", ts = "1700000000.000100" },
        "chat.postEphemeral" => new { ok = true, message_ts = "1700000000.000200" },
        "apps.connections.open" => new { ok = true, url = new Uri(BaseAddress, "socket").ToString().Replace("http://", "ws://", StringComparison.Ordinal) },
        _ => new { ok = true },
    };

    private sealed class EndOutage(Action end) : IDisposable
    {
        public void Dispose() => end();
    }

    private sealed record Hold(string Method, Func<RecordedCall, bool> Match, TaskCompletionSource<RecordedCall> Arrived);
}
