using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Pipeline;

/// <summary>Where one step's verdict would contradict another's, the earlier step in the pipeline decides.</summary>
public sealed class SlackPipelineOrderTests : IDisposable
{
    private readonly ServiceProvider _services = DispatchServices.Build();

    private Task<SlackAnswer> RunAsync(SlackDelivery delivery) => _services.GetRequiredService<SlackPipeline>().RunAsync(delivery, CancellationToken.None);

    [Fact]
    public async Task The_ssl_check_probe_is_answered_before_the_signature_is_checked() =>
        Assert.Equal(SlackAnswer.Answered(null), await RunAsync(HttpDeliveries.Of(SlackDeliveryKind.Command, "ssl_check=1&token=x", HttpDeliveries.Form, signature: "")));

    [Theory]
    [InlineData("{not json", HttpDeliveries.Json)]
    [InlineData(Payloads.UrlVerification, "text/plain")]
    [InlineData(Payloads.UrlVerification, HttpDeliveries.Json)]
    public async Task An_unsigned_body_is_unauthorized_before_it_is_read(string body, string contentType) =>
        Assert.Equal(Acceptance.Unauthorized, (await RunAsync(HttpDeliveries.Of(SlackDeliveryKind.Event, body, contentType, signature: ""))).Acceptance);

    [Fact]
    public async Task Url_verification_is_answered_before_anything_is_queued()
    {
        var answer = await RunAsync(HttpDeliveries.Of(SlackDeliveryKind.Event, Payloads.UrlVerification, HttpDeliveries.Json));

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", answer.Challenge);
        Assert.Equal(0, _services.GetRequiredService<SlackWorkQueue>().Reader.Count);
    }

    [Fact]
    public async Task A_retried_event_is_queued_again_and_dropped_only_on_the_worker()
    {
        Assert.Equal(SlackAnswer.Queued, await _services.DeliverAsync(SlackDeliveryKind.Event, Payloads.DirectMessage()));
        await _services.RunQueuedAsync();

        Assert.Equal(SlackAnswer.Queued, await _services.DeliverAsync(SlackDeliveryKind.Event, Payloads.DirectMessage()));
        await _services.RunQueuedAsync();

        Assert.Single(_services.GetRequiredService<HandlerLog>().All);
    }

    public void Dispose() => _services.Dispose();
}
