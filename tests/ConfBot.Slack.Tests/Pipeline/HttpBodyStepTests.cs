using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConfBot.Slack.Tests.Pipeline;

public sealed class HttpBodyStepTests
{
    private readonly NextStep _next = new();
    private readonly HttpBodyStep _step = new(NullLogger<HttpBodyStep>.Instance);

    [Fact]
    public async Task An_events_body_is_read_as_json()
    {
        await _next.After(_step, HttpDeliveries.Of(SlackDeliveryKind.Event, Payloads.UrlVerification, HttpDeliveries.Json));

        Assert.Equal("url_verification", _next.Single.Json?.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_interactions_body_is_read_from_its_payload_field()
    {
        await _next.After(_step, HttpDeliveries.Of(SlackDeliveryKind.Interaction, "payload=" + Uri.EscapeDataString(Payloads.BlockActions), HttpDeliveries.Form));

        Assert.Equal("block_actions", _next.Single.Json?.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_commands_body_is_read_as_its_form_fields()
    {
        await _next.After(_step, HttpDeliveries.Of(SlackDeliveryKind.Command, Payloads.SlashCommandForm, HttpDeliveries.Form));

        Assert.Equal("/confbot", _next.Single.Command?.Command);
    }

    [Theory]
    [InlineData(nameof(SlackDeliveryKind.Event), HttpDeliveries.Form)]
    [InlineData(nameof(SlackDeliveryKind.Command), HttpDeliveries.Json)]
    [InlineData(nameof(SlackDeliveryKind.Interaction), "text/plain")]
    public async Task A_content_type_slack_does_not_send_to_that_url_is_unsupported(string kind, string contentType)
    {
        var answer = await _next.After(_step, HttpDeliveries.Of(Enum.Parse<SlackDeliveryKind>(kind), "{}", contentType));

        Assert.Equal(Acceptance.UnsupportedMediaType, answer.Acceptance);
        Assert.Empty(_next.Received);
    }

    [Theory]
    [InlineData(nameof(SlackDeliveryKind.Event), "{not json", HttpDeliveries.Json)]
    [InlineData(nameof(SlackDeliveryKind.Interaction), "payload=%7Bnope", HttpDeliveries.Form)]
    [InlineData(nameof(SlackDeliveryKind.Interaction), "other=1", HttpDeliveries.Form)]
    [InlineData(nameof(SlackDeliveryKind.Command), "command=%2Fconfbot", HttpDeliveries.Form)]
    public async Task An_unreadable_body_is_invalid(string kind, string body, string contentType) =>
        Assert.Equal(SlackAnswer.Invalid, await _next.After(_step, HttpDeliveries.Of(Enum.Parse<SlackDeliveryKind>(kind), body, contentType)));

    [Fact]
    public async Task Socket_mode_deliveries_go_on_as_they_are()
    {
        var delivery = SlackDelivery.FromSocket(SlackDeliveryKind.Event, Payloads.Json(Payloads.UrlVerification));

        await _next.After(_step, delivery);

        Assert.Same(delivery, _next.Single);
    }
}
