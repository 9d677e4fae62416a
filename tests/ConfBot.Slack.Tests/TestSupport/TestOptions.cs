using Microsoft.Extensions.Configuration;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Valid settings for tests: HTTP mode, fast retries, the official signing secret.</summary>
internal static class TestOptions
{
    public static IConfiguration EmptyConfiguration { get; } = new ConfigurationBuilder().Build();

    public static Action<SlackOptions> Valid(Uri apiBaseUrl, Action<SlackOptions>? more = null) => options =>
    {
        options.SigningSecret = SlackSigner.Secret;
        options.BotToken = "xoxb-test-token";
        options.AppToken = "xapp-test-token";
        options.ApiBaseUrl = apiBaseUrl;
        options.ApiRetryBaseDelay = TimeSpan.FromMilliseconds(10);
        options.SocketReconnectBaseDelay = TimeSpan.FromMilliseconds(50);
        options.SocketReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
        more?.Invoke(options);
    };
}
