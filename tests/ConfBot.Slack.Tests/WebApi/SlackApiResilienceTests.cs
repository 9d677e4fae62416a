using System.Net.Http.Headers;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Tests.WebApi;

public sealed class SlackApiResilienceTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Fact]
    public void Retry_after_seconds_are_used_as_the_delay() =>
        Assert.Equal(TimeSpan.FromSeconds(7), SlackApiResilience.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Cap));

    [Fact]
    public void Retry_after_is_capped() =>
        Assert.Equal(Cap, SlackApiResilience.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)), Cap));

    [Fact]
    public void Without_retry_after_the_backoff_applies() => Assert.Null(SlackApiResilience.RetryAfter(null, Cap));
}
