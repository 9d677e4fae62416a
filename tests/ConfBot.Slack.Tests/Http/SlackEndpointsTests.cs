using System.Net;
using System.Text.Json;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Http;

public sealed class SlackEndpointsTests : IAsyncLifetime
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";
    private const int DefaultLimit = 1024 * 1024;
    private SlackHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await SlackHost.StartAsync(o => o.CommandAckDeadline = TimeSpan.FromMilliseconds(200));

    [Fact]
    public async Task Url_verification_echoes_the_challenge()
    {
        var response = await _host.PostSignedAsync("slack/events", Payloads.UrlVerification, Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_event_is_acked_and_handled_in_the_background()
    {
        var response = await _host.PostSignedAsync("slack/events", Payloads.DirectMessage(), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("U2147483697", (await _host.Log.NextAsync<MessageEvent>()).User);
    }

    [Fact]
    public async Task Retried_delivery_is_acked_but_answered_once()
    {
        await _host.PostSignedAsync("slack/events", Payloads.DirectMessage(), Json);
        var response = await _host.PostSignedAsync("slack/events", Payloads.DirectMessage(), Json);
        await _host.PostSignedAsync("slack/events", Payloads.DirectMessage(eventId: "EvLater", ts: "9.9"), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Handlers run concurrently, so the two answered events may be seen in either order.
        MessageEvent[] answered = [await _host.Log.NextAsync<MessageEvent>(), await _host.Log.NextAsync<MessageEvent>()];
        Assert.Equal(["1355517523.000005", "9.9"], answered.Select(m => m.Ts).Order());
        await _host.Work.NextAsync(3);
        lock (_host.Log.All)
            Assert.Equal(2, _host.Log.All.Count);
    }

    [Fact]
    public async Task Forged_signature_is_unauthorized()
    {
        var response = await _host.PostSignedAsync("slack/events", Payloads.DirectMessage(), Json, signature: SlackSigner.Sign("other body", DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Log.All);
    }

    [Fact]
    public async Task Stale_timestamp_is_unauthorized()
    {
        var response = await _host.PostSignedAsync("slack/commands", Payloads.SlashCommandForm, Form, timestamp: DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unsigned_request_is_unauthorized()
    {
        var response = await _host.Client.PostAsync("slack/events", new StringContent(Payloads.DirectMessage(), null, Json));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Bad_json_is_a_bad_request()
    {
        var response = await _host.PostSignedAsync("slack/events", "{not json", Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
    }

    [Fact]
    public async Task Event_without_event_id_is_a_bad_request() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.PostSignedAsync("slack/events", """{"type":"event_callback","event":{"type":"message"}}""", Json)).StatusCode);

    [Fact]
    public async Task Body_of_exactly_the_default_limit_is_read() =>
        Assert.Equal(HttpStatusCode.OK, (await _host.PostSignedAsync("slack/events", PaddedTo(DefaultLimit, Payloads.UrlVerification), Json)).StatusCode);

    [Fact]
    public async Task Body_over_the_default_limit_is_refused_for_good()
    {
        var response = await _host.PostSignedAsync("slack/events", PaddedTo(DefaultLimit + 1, Payloads.UrlVerification), Json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
    }

    [Fact]
    public async Task Modal_block_action_over_64_KiB_is_acked_and_handled()
    {
        var payload = Payloads.ModalSelectAction();

        var response = await _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload), Form);

        Assert.True(payload.Length > 64 * 1024, $"{payload.Length} characters");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("static_select", (await _host.Log.NextAsync<BlockActionRequest>()).Actions[0].Type);
    }

    [Fact]
    public async Task Message_of_slacks_40000_character_maximum_with_its_rich_text_is_acked_and_handled()
    {
        var text = new string('x', 40_000);
        var richText = $$""","blocks":[{"type":"rich_text","block_id":"Sesm","elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"{{text}}"}]}]}]""";

        var response = await _host.PostSignedAsync("slack/events", Payloads.DirectMessage(text: text, extra: richText), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, (await _host.Log.NextAsync<MessageEvent>()).Text);
    }

    [Fact]
    public async Task Wrong_content_type_is_unsupported()
    {
        var response = await _host.PostSignedAsync("slack/commands", Payloads.SlashCommandForm, Json);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Signed_command_is_answered_in_the_ack()
    {
        var response = await _host.PostSignedAsync("slack/commands", Payloads.SlashCommandForm, Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Equal("echo Hi", body.GetProperty("text").GetString());
        Assert.Equal("W111", (await _host.Log.NextAsync<SlashCommand>()).UserId);
    }

    [Fact]
    public async Task Slow_command_is_acked_empty_and_answered_via_response_url()
    {
        var answer = new TaskCompletionSource<SlashCommandResponse?>();
        _host.Commands.Reply = _ => answer.Task;

        var response = await _host.PostSignedAsync("slack/commands", Payloads.CommandForm(_host.Slack.ResponseUrl("slow")), Form);
        answer.SetResult(SlashCommandResponse.InChannel("finally"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("finally", (await _host.Slack.NextCallAsync("response/slow")).Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Failing_command_handler_gets_an_apology_not_a_500()
    {
        _host.Commands.Reply = _ => throw new InvalidOperationException("boom");

        var response = await _host.PostSignedAsync("slack/commands", Payloads.SlashCommandForm, Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("something went wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_commands_are_refused_politely()
    {
        var response = await _host.PostSignedAsync("slack/commands", Payloads.CommandForm("https://hooks.slack.com/x", command: "/weather"), Form);

        Assert.Contains("/weather", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_host.Log.All);
    }

    [Fact]
    public async Task Command_missing_fields_is_a_bad_request() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.PostSignedAsync("slack/commands", "command=%2Fconfbot", Form)).StatusCode);

    [Fact]
    public async Task Signed_ssl_check_is_acked() =>
        Assert.Equal(HttpStatusCode.OK, (await _host.PostSignedAsync("slack/commands", "token=x&ssl_check=1", Form)).StatusCode);

    [Fact]
    public async Task Unsigned_ssl_check_is_acked_empty()
    {
        var response = await _host.Client.PostAsync("slack/commands", new StringContent("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO", null, Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Log.All);
    }

    [Theory]
    [InlineData("slack/commands", "ssl_check=1&token=x&" + Payloads.SlashCommandForm, Form)]
    [InlineData("slack/commands", "ssl_check=true&token=x", Form)]
    [InlineData("slack/commands", "ssl_check=1", Form)]
    [InlineData("slack/commands", "ssl_check=1&ssl_check=1&token=x", Form)]
    [InlineData("slack/commands", "ssl_check=1&token=x", "text/plain")]
    [InlineData("slack/interactions", "ssl_check=1&token=x", Form)]
    public async Task Unsigned_request_shaped_otherwise_than_slacks_ssl_check_is_unauthorized(string path, string body, string contentType)
    {
        var response = await _host.Client.PostAsync(path, new StringContent(body, null, contentType));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Log.All);
    }

    [Fact]
    public async Task Block_action_is_acked_and_handled()
    {
        var response = await _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(Payloads.BlockActions), Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("click_me_123", (await _host.Log.NextAsync<BlockActionRequest>()).Actions[0].Value);
    }

    [Fact]
    public async Task Interaction_with_bad_payload_json_is_a_bad_request() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.PostSignedAsync("slack/interactions", "payload=%7Bnope", Form)).StatusCode);

    // Leading whitespace keeps the JSON valid while the body reaches the length the limit is tested at.
    private static string PaddedTo(int length, string json) => new string(' ', length - json.Length) + json;

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
