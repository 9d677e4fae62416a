using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Pipeline;

public sealed class SslCheckStepTests
{
    private readonly NextStep _next = new();
    private readonly SslCheckStep _step = new();

    [Fact]
    public async Task Slacks_unsigned_probe_of_the_command_url_is_answered_empty_without_going_further()
    {
        var answer = await _next.After(_step, HttpDeliveries.Of(SlackDeliveryKind.Command, "ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO", HttpDeliveries.Form, signature: ""));

        Assert.Equal(SlackAnswer.Answered(null), answer);
        Assert.Empty(_next.Received);
    }

    [Theory]
    [InlineData(nameof(SlackDeliveryKind.Command), "ssl_check=1&token=x&command=%2Fconfbot", HttpDeliveries.Form)]
    [InlineData(nameof(SlackDeliveryKind.Command), "ssl_check=1&token=x", "text/plain")]
    [InlineData(nameof(SlackDeliveryKind.Interaction), "ssl_check=1&token=x", HttpDeliveries.Form)]
    public async Task Anything_shaped_otherwise_goes_on_to_the_signature_check(string kind, string body, string contentType)
    {
        var answer = await _next.After(_step, HttpDeliveries.Of(Enum.Parse<SlackDeliveryKind>(kind), body, contentType, signature: ""));

        Assert.Equal(NextStep.Answer, answer);
    }

    [Fact]
    public async Task Socket_mode_deliveries_go_on() =>
        Assert.Equal(NextStep.Answer, await _next.After(_step, SlackDelivery.FromSocket(SlackDeliveryKind.Command, Payloads.Json("""{"ssl_check":"1","token":"x"}"""))));
}
