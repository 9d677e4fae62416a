using System.Text.Json;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.SocketMode;

/// <summary>Over Socket Mode, a modal submission's answer rides on the ack as its <c>payload</c>, as HTTP sends it as the body.</summary>
public sealed class SocketModeViewSubmissionTests
{
    [Fact]
    public async Task Submission_errors_ride_on_the_ack()
    {
        await using var host = await SocketModeHost.StartAsync();
        host.Submissions.Next = _ => Task.FromResult<ViewSubmissionResponse?>(
            ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { ["hspI"] = "A talk needs a title." }));
        var socket = await host.NextSocketAsync();
        await socket.SendHelloAsync();

        // The interactive envelope's frame as python-slack-sdk's mock_socket_mode_server.py sends it.
        await socket.SendAsync($$"""{"envelope_id":"57d6a792-4d35-4d0b-b6aa-3361493e1caf","payload":{{InteractionPayloads.ViewSubmission()}},"type":"interactive","accepts_response_payload":true}""");

        var ack = await socket.ReceiveAsync();
        Assert.Equal("57d6a792-4d35-4d0b-b6aa-3361493e1caf", ack.GetProperty("envelope_id").GetString());
        Assert.Equal(
            """{"response_action":"errors","errors":{"hspI":"A talk needs a title."}}""",
            JsonSerializer.Serialize(ack.GetProperty("payload")));
    }
}
