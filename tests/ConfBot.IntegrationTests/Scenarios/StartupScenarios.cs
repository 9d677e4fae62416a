using System.Net;
using ConfBot.Hosting;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

/// <summary>
/// The settings checks of <c>confbot serve</c>, in-process: each bad setting must stop start-up with a one-line
/// description naming it (which <c>serve</c> prints as <c>error: …</c> before exiting with code 2).
/// </summary>
public sealed class StartupScenarios
{
    [Theory]
    [InlineData("ConfBot:Slack:BotToken", "", "ConfBot:Slack:BotToken")]
    [InlineData("ConfBot:Slack:SigningSecret", "", "ConfBot:Slack:SigningSecret")]
    [InlineData("ConfBot:Slack:Mode", "Sokcet", "ConfBot:Slack:Mode")]
    [InlineData("ConfBot:Notes:Directory", "/no/such/notes", "ConfBot:Notes:Directory")]
    [InlineData("ConfBot:Notes:BaseUrl", "github.com/team/notes", "ConfBot:Notes:BaseUrl")]
    [InlineData("ConfBot:Search:MinimumCoverage", "7", "MinimumCoverage")]
    [InlineData("ConfBot:Storage:ConnectionString", "Host=127.0.0.1;Port=9;Username=confbot;Password=hunter2;Database=confbot;Timeout=3", "ConfBot:Storage")]
    public async Task A_missing_or_malformed_setting_stops_start_up_with_one_line_naming_it(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConfBot:Slack:SigningSecret"] = "secret",
            ["ConfBot:Slack:BotToken"] = "xoxb-test",
            // Nothing listens here: a start that got past the settings fails fast instead of calling Slack.
            ["ConfBot:Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
            ["ConfBot:Slack:ApiRetryCount"] = "0",
            [key] = value,
        };

        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var app = ConfBotServer.Build(new ServeSettings("http://127.0.0.1:0"), settings);
            await app.StartAsync();
        });

        Assert.NotNull(failure);
        var line = StartupFailure.Describe(failure);
        Assert.NotNull(line);
        Assert.DoesNotContain('\n', line);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_token_slack_rejects_stops_start_up_with_one_line_naming_it()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.FailNext("auth.test", "invalid_auth");

        var failure = await Record.ExceptionAsync(() => ConfBotService.StartAsync(slack: slack));

        Assert.Equal(
            "Slack rejected ConfBot:Slack:BotToken (invalid_auth); check the bot token and ConfBot:Slack:ApiBaseUrl.",
            StartupFailure.Describe(Assert.IsType<ConfBot.Slack.WebApi.SlackApiException>(failure)));
    }

    [Fact]
    public async Task Slack_unreachable_at_start_leaves_the_service_up_and_not_ready_until_slack_answers()
    {
        await using var slack = await FakeSlack.StartAsync();
        // Slack stays down until the test says so: the start-up check fails, and no background retry can get
        // through before the readiness probe has seen the service not ready.
        var outage = slack.Outage("auth.test", 503);

        await using var service = await ConfBotService.StartAsync(slack: slack);
        var ready = await service.Client.GetAsync("readyz");
        var answer = await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", slack.ResponseUrl("while-unchecked")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("auth.test", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Vault", await SlashReplies.ReadAsync(answer, slack, "while-unchecked"), StringComparison.Ordinal);
        outage.Dispose();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while ((await service.Client.GetAsync("readyz")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "never became ready once Slack answered auth.test");
            await Task.Delay(50);
        }
    }
}
