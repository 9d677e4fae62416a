using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>
/// A recording Slack on loopback: Web API methods under <c>/api/</c>, response_urls under <c>/response/</c>,
/// and a Socket Mode WebSocket at <c>/socket</c>. Replies are scripted per method; by default every call succeeds.
/// </summary>
internal sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponse, Task>>> _scripted = new();
    private readonly Channel<RecordedCall> _calls = Channel.CreateUnbounded<RecordedCall>();
    private readonly ConcurrentQueue<FakeSocket> _openSockets = new();

    private FakeSlack(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseAddress, "api/");

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Server side of each accepted Socket Mode connection, in order.</summary>
    public Channel<FakeSocket> Sockets { get; } = Channel.CreateUnbounded<FakeSocket>();

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
        _scripted.GetOrAdd(method, _ => new()).Enqueue(async response =>
        {
            response.StatusCode = status;
            headers?.Invoke(response.Headers);
            response.ContentType = "application/json";
            await response.WriteAsync(json);
        });

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

    private async Task RecordAndReplyAsync(HttpContext context, string path)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var call = new RecordedCall(path, context.Request.Headers.Authorization.ToString(), body);
        Calls.Enqueue(call);
        _calls.Writer.TryWrite(call);
        if (_scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out var reply))
            await reply(context.Response);
        else
            await context.Response.WriteAsJsonAsync(DefaultReply(path));
    }

    private object DefaultReply(string path) => path switch
    {
        "auth.test" => new { ok = true, user_id = "UBOT", bot_id = "BBOT", team_id = "T111", team = "Test", url = "https://test.slack.com/" },
        "chat.postMessage" or "chat.update" => new { ok = true, channel = "C111", ts = "1700000000.000100" },
        "chat.postEphemeral" => new { ok = true, message_ts = "1700000000.000200" },
        "conversations.open" => new { ok = true, channel = new { id = "D111" } },
        "apps.connections.open" => new { ok = true, url = new Uri(BaseAddress, "socket").ToString().Replace("http", "ws", StringComparison.Ordinal) },
        _ => new { ok = true },
    };

    private async Task AcceptSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
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
