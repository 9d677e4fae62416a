using ConfBot.Slack.Events;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConfBot.Slack.Tests.Pipeline;

public sealed class UrlVerificationStepTests
{
    private readonly NextStep _next = new();
    private readonly UrlVerificationStep _step = new(NullLogger<UrlVerificationStep>.Instance);

    private Task<SlackAnswer> RunAsync(string type, string? challenge = null) =>
        _next.After(_step, new SlackDelivery { Kind = SlackDeliveryKind.Event, Envelope = new EventEnvelope { Type = type, Challenge = challenge } });

    [Fact]
    public async Task Url_verification_is_answered_with_its_challenge()
    {
        var answer = await RunAsync("url_verification", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

        Assert.Equal(new SlackAnswer(Acceptance.Answered, Challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), answer);
        Assert.Empty(_next.Received);
    }

    [Fact]
    public async Task An_event_callback_goes_on() => Assert.Equal(NextStep.Answer, await RunAsync("event_callback"));

    [Fact]
    public async Task Other_envelopes_are_acked_and_ignored()
    {
        Assert.Equal(SlackAnswer.Ignored, await RunAsync("app_rate_limited"));
        Assert.Empty(_next.Received);
    }

    [Fact]
    public async Task Commands_and_interactions_go_on() =>
        Assert.Equal(NextStep.Answer, await _next.After(_step, SlackDelivery.FromSocket(SlackDeliveryKind.Interaction, Payloads.Json(Payloads.BlockActions))));
}
