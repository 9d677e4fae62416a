using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Tests.TestSupport;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.WebApi;

public sealed class SlackApiClientTests : FakeSlackClientTests
{
    [Fact]
    public async Task Post_message_sends_json_with_the_bot_token()
    {
        var posted = await Client.PostMessageAsync(new ChatMessage { Channel = "C111", Text = "hi", ThreadTs = "1.0", Blocks = [new DividerBlock()] });

        var call = await Slack.NextCallAsync("chat.postMessage");
        Assert.Equal("Bearer xoxb-test-token", call.Authorization);
        Assert.Equal("C111", call.Json.GetProperty("channel").GetString());
        Assert.Equal("1.0", call.Json.GetProperty("thread_ts").GetString());
        Assert.Equal("divider", call.Json.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.Equal(new PostedMessage("C111", "1700000000.000100"), posted);
    }

    [Fact]
    public async Task Ok_false_surfaces_slacks_error_code()
    {
        Slack.Script("chat.postMessage", 200, """{"ok":false,"error":"channel_not_found"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostMessageAsync(new ChatMessage { Channel = "CX", Text = "hi" }));

        Assert.Equal("channel_not_found", error.Error);
        Assert.Equal("chat.postMessage", error.Method);
    }

    [Fact]
    public async Task Server_errors_are_retried()
    {
        Slack.Script("chat.update", 503, "{}");
        Slack.Script("chat.update", 500, "{}");

        var updated = await Client.UpdateMessageAsync(new MessageUpdate { Channel = "C111", Ts = "1.1", Text = "new" });

        Assert.Equal("C111", updated.Channel);
        Assert.Equal(3, Slack.Calls.Count(c => c.Path == "chat.update"));
    }

    [Fact]
    public async Task A_posted_message_that_timed_out_is_not_posted_again_but_an_update_is_retried()
    {
        // A timeout well above a loaded machine's slowest local call, so only the delayed calls time out.
        await using var services = ApiClientServices.Build(Slack, o => o.ApiAttemptTimeout = TimeSpan.FromSeconds(1));
        var client = services.Client();
        Slack.DelayNext("chat.postMessage", TimeSpan.FromSeconds(4));
        Slack.DelayNext("chat.update", TimeSpan.FromSeconds(4));

        // Slack may have posted the slow message: a second chat.postMessage could show it twice.
        await Assert.ThrowsAsync<Polly.Timeout.TimeoutRejectedException>(() => client.PostMessageAsync(new ChatMessage { Channel = "C111", Text = "hi" }));
        await client.UpdateMessageAsync(new MessageUpdate { Channel = "C111", Ts = "1.1", Text = "new" });

        Assert.Single(Slack.CallsTo("chat.postMessage"));
        Assert.Equal(2, Slack.CallsTo("chat.update").Count);
    }

    [Fact]
    public async Task A_posted_message_slack_refused_with_a_server_error_is_retried()
    {
        Slack.Script("chat.postMessage", 503, "{}");

        await Client.PostMessageAsync(new ChatMessage { Channel = "C111", Text = "hi" });

        Assert.Equal(2, Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task Persistent_failure_ends_in_a_slack_api_exception()
    {
        for (var i = 0; i < 4; i++)
            Slack.Script("views.publish", 502, "{}");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PublishHomeViewAsync("U1", new HomeView([new DividerBlock()])));

        Assert.Equal("http_502", error.Error);
    }

    [Fact]
    public async Task Publish_home_view_sends_user_and_home_view()
    {
        await Client.PublishHomeViewAsync("U1", new HomeView([new HeaderBlock("Hi")]), hash: "h1");

        var call = await Slack.NextCallAsync("views.publish");
        Assert.Equal("U1", call.Json.GetProperty("user_id").GetString());
        Assert.Equal("home", call.Json.GetProperty("view").GetProperty("type").GetString());
        Assert.Equal("h1", call.Json.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Auth_test_returns_the_bot_identity()
    {
        var self = await Client.AuthTestAsync();

        Assert.Equal("UBOT", self.UserId);
        Assert.Equal("BBOT", self.BotId);
        Assert.Equal("T111", self.TeamId);
    }

    [Fact]
    public async Task Invalid_token_fails_auth_test()
    {
        Slack.Script("auth.test", 200, """{"ok":false,"error":"invalid_auth"}""");

        Assert.Equal("invalid_auth", (await Assert.ThrowsAsync<SlackApiException>(() => Client.AuthTestAsync())).Error);
    }

    [Fact]
    public async Task Response_url_gets_the_reply_without_the_bot_token()
    {
        await Client.RespondAsync(Slack.ResponseUrl("r1"), SlashCommandResponse.InChannel("done"));

        var call = await Slack.NextCallAsync("response/r1");
        Assert.Equal("", call.Authorization);
        Assert.Equal("in_channel", call.Json.GetProperty("response_type").GetString());
        Assert.Equal("done", call.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_response_url_on_a_host_that_is_not_slacks_is_not_posted_to()
    {
        await using var elsewhere = await FakeSlack.StartAsync();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.RespondAsync(elsewhere.ResponseUrl("r1"), SlashCommandResponse.InChannel("done")));

        Assert.Equal("response_url_not_allowed", error.Error);
        Assert.Empty(elsewhere.Calls);
    }

    [Fact]
    public async Task A_response_url_on_a_host_the_operator_allows_is_posted_to()
    {
        await using var proxy = await FakeSlack.StartAsync();
        await using var services = ApiClientServices.Build(Slack, o => o.ResponseUrlOrigins = [proxy.BaseAddress]);

        await services.Client().RespondAsync(proxy.ResponseUrl("r1"), SlashCommandResponse.InChannel("done"));

        Assert.Equal("done", (await proxy.NextCallAsync("response/r1")).Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Oversized_messages_are_trimmed_before_sending()
    {
        await Client.PostMessageAsync(new ChatMessage { Channel = "C1", Text = new string('x', 50_000), Blocks = [.. Enumerable.Range(0, 60).Select(_ => (Block)new DividerBlock())] });

        var call = await Slack.NextCallAsync("chat.postMessage");
        Assert.Equal(40_000, call.Json.GetProperty("text").GetString()!.Length);
        Assert.Equal(50, call.Json.GetProperty("blocks").GetArrayLength());
    }
}
