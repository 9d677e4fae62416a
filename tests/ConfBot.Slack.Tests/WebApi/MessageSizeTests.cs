using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Tests.TestSupport;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.WebApi;

/// <summary>
/// Slack refuses a message whose blocks hold more than about 12,000 characters of text (<c>msg_blocks_too_long</c>)
/// even when each block is within its own limit (slackapi/bolt-js#2509 and #2867).
/// </summary>
public sealed class MessageSizeTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _services = ApiClientServices.Build(_slack);
    }

    [Fact]
    public async Task A_message_over_the_text_budget_is_sent_shortened_to_it()
    {
        await _services.Client().PostMessageAsync(new ChatMessage { Channel = "C1", Text = "long", Blocks = LongLists() });

        var call = await _slack.NextCallAsync("chat.postMessage");
        Assert.True(SentText(call) <= 12_000, $"{SentText(call)} characters sent");
        Assert.Contains("more_", call.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msg_blocks_too_long")]
    [InlineData("invalid_blocks")]
    public async Task Blocks_refused_as_too_long_are_sent_once_more_at_half_the_budget_saying_so(string error)
    {
        _slack.FailNext("chat.postMessage", error);

        await _services.Client().PostMessageAsync(new ChatMessage { Channel = "C1", Text = "long", Blocks = LongLists() });

        await _slack.NextCallAsync("chat.postMessage");
        var retry = await _slack.NextCallAsync("chat.postMessage");
        Assert.True(SentText(retry) <= 6_100, $"{SentText(retry)} characters sent");
        Assert.Contains("Shortened to fit in one Slack message", retry.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_twice_the_error_reaches_the_caller()
    {
        _slack.FailNext("chat.postMessage", "msg_blocks_too_long");
        _slack.FailNext("chat.postMessage", "msg_blocks_too_long");

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => _services.Client().PostMessageAsync(new ChatMessage { Channel = "C1", Text = "long", Blocks = LongLists() }));

        Assert.Equal("msg_blocks_too_long", refused.Error);
    }

    // Six lists of 2,900 characters: each block within Slack's 3,000, together 17,400.
    private static IReadOnlyList<Block> LongLists() =>
        [.. Enumerable.Range(0, 6).Select(i => SectionBlock.Mrkdwn(string.Join("\n", Enumerable.Range(0, 29).Select(l => $"• {i}.{l} {new string('w', 93)}"))))];

    private static int SentText(RecordedCall call) =>
        call.Json.GetProperty("blocks").EnumerateArray().Sum(b => b.TryGetProperty("text", out var text) ? text.GetProperty("text").GetString()!.Length : 0);

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }
}
