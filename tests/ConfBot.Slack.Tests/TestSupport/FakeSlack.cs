using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>
/// A recording Slack on loopback: Web API methods under <c>/api/</c>, response_urls under <c>/response/</c>,
/// and a Socket Mode WebSocket at <c>/socket</c> (the URL <c>apps.connections.open</c> hands out). Every call is
/// recorded, and answered as <see cref="ScriptedSlack"/> is told to. The integration tests compile this same file.
/// </summary>
internal sealed class FakeSlack : ScriptedSlack, IAsyncDisposable
{
    public const string BotUserId = "UBOT";

    private readonly WebApplication _app;
    private readonly Channel<RecordedCall> _calls = Channel.CreateUnbounded<RecordedCall>();
    private readonly ConcurrentQueue<FakeSocket> _openSockets = new();

    // Completed and replaced as each call is recorded, for waiters on a matching call.
    private TaskCompletionSource _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeSlack(WebApplication app) => _app = app;

    public Uri ApiBaseUrl => new(BaseAddress, "api/");

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Server side of each accepted Socket Mode connection, in order.</summary>
    public Channel<FakeSocket> Sockets { get; } = Channel.CreateUnbounded<FakeSocket>();

    /// <summary>Files served at <see cref="FileUrl"/> to a GET with the bot token, as files.slack.com serves url_private_download.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    public string FileUrl(string name) => new Uri(BaseAddress, $"files/{name}").ToString();

    public string ResponseUrl(string id) => new Uri(BaseAddress, $"response/{id}").ToString();

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = LoopbackServer.CreateBuilder();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext context, string method) => fake.RecordAndReplyAsync(context, method));
        app.MapPost("/response/{id}", (HttpContext context, string id) => fake.RecordAndReplyAsync(context, $"response/{id}"));
        app.MapGet("/files/{name}", (HttpContext context, string name) => fake.ServeFileAsync(context, name));
        app.Map("/socket", fake.AcceptSocketAsync);
        fake.BaseAddress = await LoopbackServer.StartAsync(app);
        return fake;
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
        await ReplyAsync(context, call);
    }

    private async Task ServeFileAsync(HttpContext context, string name)
    {
        var call = new RecordedCall($"files/{name}", context.Request.Headers.Authorization.ToString(), "", DateTimeOffset.UtcNow);
        Calls.Enqueue(call);
        _calls.Writer.TryWrite(call);
        if (!Files.TryGetValue(name, out var content))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content);
    }

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

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _openSockets)
            socket.Abort();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
