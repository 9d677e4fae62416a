using System.Net;
using System.Text.Json;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class SlashCommandScenarios
{
    [Fact]
    public async Task Slash_command_vault_is_answered_privately_with_the_secrets_talks()
    {
        await using var service = await ConfBotService.StartAsync();

        var ack = await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("vault")));
        var reply = JsonDocument.Parse(await SlashReplies.ReadAsync(ack, service.Slack, "vault")).RootElement;

        Assert.Equal("ephemeral", reply.GetProperty("response_type").GetString());
        var blocks = reply.GetProperty("blocks").GetRawText();
        Assert.True(blocks.Contains("Working with Secrets", StringComparison.Ordinal) || blocks.Contains("Vault", StringComparison.Ordinal), blocks);
        Assert.Contains("Share in channel", blocks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_slash_command_gets_401_and_no_answer()
    {
        await using var service = await ConfBotService.StartAsync();

        var response = await service.PostSignedAsync(
            "slack/commands", SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("forged")), "application/x-www-form-urlencoded", secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await service.StopAsync();
        Assert.Empty(service.Slack.CallsTo("response/forged"));
    }

    [Fact]
    public async Task Unsigned_ssl_check_gets_an_empty_200()
    {
        await using var service = await ConfBotService.StartAsync();

        var response = await service.Client.PostAsync("slack/commands", Form("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unsigned_slash_command_gets_401_and_no_answer()
    {
        await using var service = await ConfBotService.StartAsync();

        var response = await service.Client.PostAsync("slack/commands", Form(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("unsigned"))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await service.StopAsync();
        Assert.Empty(service.Slack.CallsTo("response/unsigned"));
    }

    [Fact]
    public async Task Note_text_that_tries_to_mention_channel_is_escaped_in_the_reply()
    {
        await using var service = await ConfBotService.StartAsync();

        var ack = await service.PostCommandAsync(SlackPayloads.SlashCommand(TestNotes.HostileQuestion, service.Slack.ResponseUrl("hostile")));
        var reply = SlackMessageText.Of(await SlashReplies.ReadAsync(ack, service.Slack, "hostile"));

        Assert.Contains("Pager etiquette", reply, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U0123ABCD>", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_all_links_button_answers_privately_through_the_response_url()
    {
        await using var service = await ConfBotService.StartAsync();
        var click = Payloads.ButtonClick("confbot_show_all_links", "rootconf2017-working-with-secrets", service.Slack.ResponseUrl("links"));

        var ack = await service.PostInteractionAsync(click);
        var posted = await service.Slack.WaitForCallAsync("response/links");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("ephemeral", posted.Field("response_type"));
        Assert.Contains("Links for Working with Secrets", posted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_in_channel_button_reposts_the_answer_for_everyone()
    {
        await using var service = await ConfBotService.StartAsync();
        var click = Payloads.ButtonClick("confbot_share_in_channel", "0|vault", service.Slack.ResponseUrl("share"));

        await service.PostInteractionAsync(click);
        var posted = await service.Slack.WaitForCallAsync("response/share");

        Assert.Equal("in_channel", posted.Field("response_type"));
        Assert.Contains("Shared by <@W111>", SlackMessageText.Of(posted.Body), StringComparison.Ordinal);
        Assert.DoesNotContain("Share in channel", posted.Body, StringComparison.Ordinal);
    }

    private static StringContent Form(string body) => new(body, null, "application/x-www-form-urlencoded");
}
