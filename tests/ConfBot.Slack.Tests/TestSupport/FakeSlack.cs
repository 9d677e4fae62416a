using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>
/// A recording Slack on loopback: Web API methods under <c>/api/</c>, response_urls under <c>/response/</c>,
/// and a Socket Mode WebSocket at <c>/socket</c> (the URL <c>apps.connections.open</c> hands out). Every call
/// succeeds unless scripted: one-off replies per method, an outage (<see cref="Down"/>), or a call held unanswered.
/// The integration tests compile this same file.
/// </summary>
internal sealed class FakeSlack : IAsyncDisposable
{
    public const string BotUserId = "UBOT";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponse, Task>>> _scripted = new();
    private readonly Channel<RecordedCall> _calls = Channel.CreateUnbounded<RecordedCall>();
    private readonly ConcurrentQueue<FakeSocket> _openSockets = new();
    private readonly List<Hold> _holds = [];
    private readonly ConcurrentDictionary<string, int> _outages = new();

    // Completed and replaced as each call is recorded, for waiters on a matching call.
    private TaskCompletionSource _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeSlack(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseAddress, "api/");

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Server side of each accepted Socket Mode connection, in order.</summary>
    public Channel<FakeSocket> Sockets { get; } = Channel.CreateUnbounded<FakeSocket>();

    /// <summary>Calls held by <see cref="HoldNext"/>: received, never answered.</summary>
    public ConcurrentQueue<RecordedCall> Unanswered { get; } = new();

    /// <summary>While true every Web API method but auth.test answers 500, as during a Slack outage.</summary>
    public bool Down { get; set; }

    public string ResponseUrl(string id) => new Uri(BaseAddress, $"response/{id}").ToString();

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = LoopbackServer.CreateBuilder();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext context, string method) => fake.RecordAndReplyAsync(context, method));
        app.MapPost("/response/{id}", (HttpContext context, string id) => fake.RecordAndReplyAsync(context, $"response/{id}"));
        app.Map("/socket", fake.AcceptSocketAsync);
        fake.BaseAddress = await LoopbackServer.StartAsync(app);
        return fake;
    }

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
    /// <see cref="Unanswered"/> as well as <see cref="Calls"/>.
    /// </summary>
    public Task<RecordedCall> HoldNext(string method, Func<RecordedCall, bool> match)
    {
        var hold = new Hold(method, match, new(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_holds)
            _holds.Add(hold);
        return hold.Arrived.Task;
    }

    public IReadOnlyList<RecordedCall> CallsTo(string path) => [.. Calls.Where(c => c.Path == path)];

    /// <summary>The next call to <paramref name="path"/> not yet taken by this method, in arrival order.</summary>
    public async Task<RecordedCall> NextCallAsync(string path)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await foreach (var call in _calls.Reader.ReadAllAsync(timeout.Token))
        {
            if (call.Path == path)
                return call;
        }

        throw new TimeoutException(path);
    }

    /// <summary>The first call to <paramref name="path"/> that matches, looking again as each call arrives; fails after a generous timeout.</summary>
    public async Task<RecordedCall> WaitForCallAsync(string path, Func<RecordedCall, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (true)
            {
                // Taken before looking, so a call recorded while we look still wakes us.
                var arrival = Volatile.Read(ref _arrival).Task;
                if (Calls.FirstOrDefault(c => c.Path == path && (match is null || match(c))) is { } call)
                    return call;
                await arrival.WaitAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No matching call to {path}; saw: {string.Join(", ", Calls.Select(c => c.Path))}");
        }
    }

    public async Task<FakeSocket> NextSocketAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await Sockets.Reader.ReadAsync(timeout.Token);
    }

    private async Task RecordAndReplyAsync(HttpContext context, string path)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var call = new RecordedCall(path, context.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow);
        Calls.Enqueue(call);
        _calls.Writer.TryWrite(call);
        Interlocked.Exchange(ref _arrival, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        if (TakeHold(call) is { } hold)
        {
            Unanswered.Enqueue(call);
            hold.Arrived.SetResult(call);
            await WaitUntilAbandonedAsync(context);
        }
        else if (Down && path != "auth.test")
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        else if (_outages.TryGetValue(path, out var outageStatus))
            context.Response.StatusCode = outageStatus;
        else if (_scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out var reply))
            await reply(context.Response);
        else
            await context.Response.WriteAsJsonAsync(DefaultReply(path));
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
        "auth.test" => new { ok = true, user_id = BotUserId, bot_id = "BBOT", team_id = "T111", team = "Test", url = "https://test.slack.com/" },
        "chat.postMessage" or "chat.update" => new { ok = true, channel = "C111", ts = "1700000000.000100" },
        "chat.postEphemeral" => new { ok = true, message_ts = "1700000000.000200" },
        "apps.connections.open" => new { ok = true, url = new Uri(BaseAddress, "socket").ToString().Replace("http://", "ws://", StringComparison.Ordinal) },
        _ => new { ok = true },
    };

    private async Task AcceptSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var fake = new FakeSocket(socket);
        _openSockets.Enqueue(fake);
        await Sockets.Writer.WriteAsync(fake);
        await fake.Finished;
    }

    private sealed class EndOutage(Action end) : IDisposable
    {
        public void Dispose() => end();
    }

    private sealed record Hold(string Method, Func<RecordedCall, bool> Match, TaskCompletionSource<RecordedCall> Arrived);

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _openSockets)
            socket.Abort();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
