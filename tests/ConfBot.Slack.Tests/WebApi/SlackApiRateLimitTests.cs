using ConfBot.Slack.Commands;
using ConfBot.Slack.Tests.TestSupport;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.WebApi;

/// <summary>429 handling on a fake clock: Slack's <c>Retry-After</c> is waited out in full, up to <see cref="SlackOptions.ApiMaxRetryAfter"/>.</summary>
public sealed class SlackApiRateLimitTests : IAsyncLifetime, IDisposable
{
    // Guards against a wait that never ends if the code retried when it should not; nothing here sleeps.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(10);

    private readonly WatchedClock _clock = new();
    private readonly RecordedLogs _logs = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    private ServiceProvider Services(Action<SlackOptions>? configure = null) => ApiClientServices.Build(_slack, configure, _clock, _logs);

    private static MessageUpdate Update => new() { Channel = "C111", Ts = "1.1", Text = "new" };

    [Fact]
    public async Task Rate_limited_call_waits_the_whole_retry_after_then_succeeds()
    {
        await using var services = Services();
        _slack.RateLimitNext("chat.update", retryAfterSeconds: 240);

        var update = services.Client().UpdateMessageAsync(Update);
        await _clock.WaitForTimerAsync(TimeSpan.FromSeconds(240));
        var callsWhileWaiting = _slack.CallsTo("chat.update").Count;
        _clock.Advance(TimeSpan.FromSeconds(240));
        await update.WaitAsync(Hang);

        Assert.Equal(1, callsWhileWaiting);
        Assert.Equal(2, _slack.CallsTo("chat.update").Count);
    }

    [Fact]
    public async Task Retry_after_beyond_the_default_five_minutes_fails_at_once_without_a_retry()
    {
        await using var services = Services();
        _slack.RateLimitNext("chat.update", retryAfterSeconds: 600);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => services.Client().UpdateMessageAsync(Update).WaitAsync(Hang));

        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(TimeSpan.FromMinutes(10), error.RetryAfter);
        Assert.Contains("asked to wait 00:10:00", error.Message, StringComparison.Ordinal);
        Assert.Single(_slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task The_longest_retry_after_waited_out_is_a_setting()
    {
        await using var services = Services(o => o.ApiMaxRetryAfter = TimeSpan.FromMinutes(1));
        _slack.RateLimitNext("chat.update", retryAfterSeconds: 61);

        await Assert.ThrowsAsync<SlackApiException>(() => services.Client().UpdateMessageAsync(Update).WaitAsync(Hang));

        Assert.Single(_slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task A_refused_long_wait_logs_neither_the_token_nor_the_response_url()
    {
        await using var services = Services();
        var responseUrl = _slack.ResponseUrl("secret-hook");
        _slack.RateLimitNext("chat.update", retryAfterSeconds: 600);
        _slack.RateLimitNext("response/secret-hook", retryAfterSeconds: 600);

        await Assert.ThrowsAsync<SlackApiException>(() => services.Client().UpdateMessageAsync(Update).WaitAsync(Hang));
        var error = await Assert.ThrowsAsync<SlackApiException>(() => services.Client().RespondAsync(responseUrl, SlashCommandResponse.InChannel("done")).WaitAsync(Hang));

        Assert.Equal("response_url", error.Method);
        Assert.DoesNotContain("secret-hook", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("xoxb-test-token", StringComparison.Ordinal) || line.Contains("secret-hook", StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    public void Dispose() => _logs.Dispose();
}
