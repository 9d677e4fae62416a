namespace ConfBot.Slack.Tests;

public sealed class SlackOptionsValidatorTests
{
    private static SlackOptions ValidHttp() => new() { SigningSecret = "secret", BotToken = "xoxb-1" };

    private static IEnumerable<string> Failures(SlackOptions options) => new SlackOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Http_mode_with_secret_and_bot_token_is_valid() => Assert.Empty(Failures(ValidHttp()));

    [Fact]
    public void Http_mode_requires_the_signing_secret()
    {
        var options = ValidHttp();
        options.SigningSecret = null;

        Assert.Contains("ConfBot:Slack:SigningSecret", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_token_must_be_a_bot_token()
    {
        var options = ValidHttp();
        options.BotToken = "xoxp-user-token";

        Assert.Contains("ConfBot:Slack:BotToken", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("xoxb-not-an-app-token")]
    public void Socket_mode_requires_an_app_token(string? appToken)
    {
        var options = new SlackOptions { Mode = SlackMode.Socket, BotToken = "xoxb-1", AppToken = appToken };

        Assert.Contains("ConfBot:Slack:AppToken", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void Socket_mode_needs_no_signing_secret() =>
        Assert.Empty(Failures(new SlackOptions { Mode = SlackMode.Socket, BotToken = "xoxb-1", AppToken = "xapp-1" }));

    [Theory]
    [InlineData("https://conference.example.com")]
    [InlineData("conference.example.com/talks")]
    [InlineData("conference.example.com:443")]
    public void Unfurl_domains_must_be_host_names(string domain)
    {
        var options = ValidHttp();
        options.UnfurlDomains = ["youtube.com", domain];

        var failure = Assert.Single(Failures(options));
        Assert.Contains("ConfBot:Slack:UnfurlDomains", failure, StringComparison.Ordinal);
        Assert.Contains($"'{domain}' is not a host name", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Unfurl_domains_are_at_most_the_manifests_five()
    {
        var options = ValidHttp();
        options.UnfurlDomains = [.. Enumerable.Range(1, 6).Select(i => $"d{i}.example.com")];

        Assert.Contains("it lists 6", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void Longest_retry_after_must_be_positive()
    {
        var options = ValidHttp();
        options.ApiMaxRetryAfter = TimeSpan.Zero;

        Assert.Contains("ConfBot:Slack:ApiMaxRetryAfter must be a positive duration", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ack_deadline_must_leave_room_within_slacks_three_seconds()
    {
        var options = ValidHttp();
        options.CommandAckDeadline = TimeSpan.FromSeconds(3);

        Assert.Contains("CommandAckDeadline", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(64 * 1024 - 1)]
    [InlineData(30_000_001)]
    public void Request_body_limit_must_cover_slacks_payloads_and_stay_within_kestrels(int bytes)
    {
        var options = ValidHttp();
        options.MaxRequestBodyBytes = bytes;

        Assert.Contains("ConfBot:Slack:MaxRequestBodyBytes", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999)]
    [InlineData(40_001)]
    public void Message_text_budget_must_leave_room_for_an_answer_and_stay_within_a_message(int characters)
    {
        var options = ValidHttp();
        options.MessageTextBudget = characters;

        Assert.Contains("ConfBot:Slack:MessageTextBudget", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void Response_url_origins_must_be_web_addresses()
    {
        var options = ValidHttp();
        options.ResponseUrlOrigins = [new Uri("ftp://hooks.example.com/")];

        Assert.Contains("ConfBot:Slack:ResponseUrlOrigins", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }
}
