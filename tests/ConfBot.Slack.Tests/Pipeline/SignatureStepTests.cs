using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Pipeline;

public sealed class SignatureStepTests : IDisposable
{
    private readonly ServiceProvider _services = DispatchServices.Build();
    private readonly NextStep _next = new();

    private SignatureStep Step => _services.GetRequiredService<SignatureStep>();

    [Fact]
    public async Task A_body_signed_with_the_signing_secret_goes_on()
    {
        var delivery = HttpDeliveries.Of(SlackDeliveryKind.Event, Payloads.UrlVerification, HttpDeliveries.Json);

        Assert.Equal(NextStep.Answer, await _next.After(Step, delivery));
        Assert.Same(delivery, _next.Single);
    }

    [Theory]
    [InlineData("v0=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("")]
    public async Task A_forged_or_missing_signature_is_unauthorized_and_goes_no_further(string signature)
    {
        var answer = await _next.After(Step, HttpDeliveries.Of(SlackDeliveryKind.Event, Payloads.UrlVerification, HttpDeliveries.Json, signature));

        Assert.Equal(Acceptance.Unauthorized, answer.Acceptance);
        Assert.Empty(_next.Received);
    }

    [Fact]
    public async Task Socket_mode_deliveries_need_no_signature_as_the_connection_is_authenticated() =>
        Assert.Equal(NextStep.Answer, await _next.After(Step, SlackDelivery.FromSocket(SlackDeliveryKind.Event, Payloads.Json(Payloads.UrlVerification))));

    public void Dispose() => _services.Dispose();
}
