using System.Net;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Http;

/// <summary>Events and block actions over HTTP: acked at once, handled in the background, bodies read up to their limit.</summary>
public sealed class SlackEventEndpointTests : SlackEndpointsTestBase
{
    private const int DefaultLimit = 1024 * 1024;

    [Fact]
    public async Task Url_verification_echoes_the_challenge()
    {
        var response = await Host.PostSignedAsync("slack/events", Payloads.UrlVerification, Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_event_is_acked_and_handled_in_the_background()
    {
        var response = await Host.PostSignedAsync("slack/events", Payloads.DirectMessage(), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("U2147483697", (await Host.Log.NextAsync<MessageEvent>()).User);
    }

    [Fact]
    public async Task Retried_delivery_is_acked_but_answered_once()
    {
        await Host.PostSignedAsync("slack/events", Payloads.DirectMessage(), Json);
        var response = await Host.PostSignedAsync("slack/events", Payloads.DirectMessage(), Json);
        await Host.PostSignedAsync("slack/events", Payloads.DirectMessage(eventId: "EvLater", ts: "9.9"), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Handlers run concurrently, so the two answered events may be seen in either order.
        MessageEvent[] answered = [await Host.Log.NextAsync<MessageEvent>(), await Host.Log.NextAsync<MessageEvent>()];
        Assert.Equal(["1355517523.000005", "9.9"], answered.Select(m => m.Ts).Order());
        await Host.Work.NextAsync(3);
        lock (Host.Log.All)
            Assert.Equal(2, Host.Log.All.Count);
    }

    [Fact]
    public async Task Bad_json_is_a_bad_request()
    {
        var response = await Host.PostSignedAsync("slack/events", "{not json", Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
    }

    [Fact]
    public async Task Event_without_event_id_is_a_bad_request() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.PostSignedAsync("slack/events", """{"type":"event_callback","event":{"type":"message"}}""", Json)).StatusCode);

    [Fact]
    public async Task Body_of_exactly_the_default_limit_is_read() =>
        Assert.Equal(HttpStatusCode.OK, (await Host.PostSignedAsync("slack/events", PaddedTo(DefaultLimit, Payloads.UrlVerification), Json)).StatusCode);

    [Fact]
    public async Task Body_over_the_default_limit_is_refused_for_good()
    {
        var response = await Host.PostSignedAsync("slack/events", PaddedTo(DefaultLimit + 1, Payloads.UrlVerification), Json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
    }

    [Fact]
    public async Task Modal_block_action_over_64_KiB_is_acked_and_handled()
    {
        var payload = Payloads.ModalSelectAction();

        var response = await Host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload), Form);

        Assert.True(payload.Length > 64 * 1024, $"{payload.Length} characters");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("static_select", (await Host.Log.NextAsync<BlockActionRequest>()).Actions[0].Type);
    }

    [Fact]
    public async Task Message_of_slacks_40000_character_maximum_with_its_rich_text_is_acked_and_handled()
    {
        var text = new string('x', 40_000);
        var richText = $$""","blocks":[{"type":"rich_text","block_id":"Sesm","elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"{{text}}"}]}]}]""";

        var response = await Host.PostSignedAsync("slack/events", Payloads.DirectMessage(text: text, extra: richText), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, (await Host.Log.NextAsync<MessageEvent>()).Text);
    }

    [Fact]
    public async Task Block_action_is_acked_and_handled()
    {
        var response = await Host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(Payloads.BlockActions), Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("click_me_123", (await Host.Log.NextAsync<BlockActionRequest>()).Actions[0].Value);
    }

    [Fact]
    public async Task Interaction_with_bad_payload_json_is_a_bad_request() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.PostSignedAsync("slack/interactions", "payload=%7Bnope", Form)).StatusCode);

    // Leading whitespace keeps the JSON valid while the body reaches the length the limit is tested at.
    private static string PaddedTo(int length, string json) => new string(' ', length - json.Length) + json;
}
