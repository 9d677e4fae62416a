using System.Net;
using System.Text.Json;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Http;

/// <summary>Slash commands over HTTP: answered in the ack or through the response_url, and Slack's ssl_check.</summary>
public sealed class SlackCommandEndpointTests : SlackEndpointsTestBase
{
    [Fact]
    public async Task Wrong_content_type_is_unsupported()
    {
        var response = await Host.PostSignedAsync("slack/commands", Payloads.SlashCommandForm, Json);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Signed_command_is_answered_in_the_ack()
    {
        var response = await Host.PostSignedAsync("slack/commands", Payloads.SlashCommandForm, Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Equal("echo Hi", body.GetProperty("text").GetString());
        Assert.Equal("W111", (await Host.Log.NextAsync<SlashCommand>()).UserId);
    }

    [Fact]
    public async Task Slow_command_is_acked_empty_and_answered_via_response_url()
    {
        var answer = new TaskCompletionSource<SlashCommandResponse?>();
        Host.Commands.Reply = _ => answer.Task;

        var response = await Host.PostSignedAsync("slack/commands", Payloads.CommandForm(Host.Slack.ResponseUrl("slow")), Form);
        answer.SetResult(SlashCommandResponse.InChannel("finally"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("finally", (await Host.Slack.NextCallAsync("response/slow")).Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Failing_command_handler_gets_an_apology_not_a_500()
    {
        Host.Commands.Reply = _ => throw new InvalidOperationException("boom");

        var response = await Host.PostSignedAsync("slack/commands", Payloads.SlashCommandForm, Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("something went wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_commands_are_refused_politely()
    {
        var response = await Host.PostSignedAsync("slack/commands", Payloads.CommandForm("https://hooks.slack.com/x", command: "/weather"), Form);

        Assert.Contains("/weather", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Host.Log.All);
    }

    [Fact]
    public async Task Command_missing_fields_is_a_bad_request() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.PostSignedAsync("slack/commands", "command=%2Fconfbot", Form)).StatusCode);

    [Fact]
    public async Task Signed_ssl_check_is_acked() =>
        Assert.Equal(HttpStatusCode.OK, (await Host.PostSignedAsync("slack/commands", "token=x&ssl_check=1", Form)).StatusCode);

    [Fact]
    public async Task Unsigned_ssl_check_is_acked_empty()
    {
        var response = await Host.Client.PostAsync("slack/commands", new StringContent("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO", null, Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(Host.Log.All);
    }
}
