using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Slack's end of one Socket Mode connection, driven by a test.</summary>
internal sealed class FakeSocket(WebSocket socket)
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Finished => _finished.Task;

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SendHelloAsync() =>
        SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"applink-111-xxx","build_number":10,"approximate_connection_time":18060},"connection_info":{"app_id":"A111"}}""");

    /// <summary>The next frame the app sent, as JSON.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(message.ToArray()).RootElement;
    }

    /// <summary>Closes from Slack's side, as when Slack drops a connection.</summary>
    public async Task CloseAsync()
    {
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    /// <summary>Ends the server handler without a close handshake, as when a connection is cut.</summary>
    public void Abort()
    {
        socket.Abort();
        _finished.TrySetResult();
    }
}
