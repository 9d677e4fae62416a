using ConfBot.Hosting;

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
    [InlineData("ConfBot:Search:MinimumCoverage", "7", "MinimumCoverage")]
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
    }
}
