using System.Net.Http.Headers;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Slack.Tests.WebApi;

public sealed class SlackApiResilienceTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Retry_after_seconds_are_used_in_full() =>
        Assert.Equal(TimeSpan.FromMinutes(4), SlackApiResilience.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromMinutes(4)), _time));

    [Fact]
    public void Retry_after_date_is_measured_on_the_clock() =>
        Assert.Equal(TimeSpan.FromSeconds(90), SlackApiResilience.RetryAfter(new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(90)), _time));

    [Fact]
    public void Retry_after_date_already_past_means_no_wait() =>
        Assert.Equal(TimeSpan.Zero, SlackApiResilience.RetryAfter(new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(-5)), _time));

    [Fact]
    public void Without_retry_after_the_backoff_applies() => Assert.Null(SlackApiResilience.RetryAfter(null, _time));
}
