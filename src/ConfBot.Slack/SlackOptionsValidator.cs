using ConfBot.Slack.BlockKit;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack;

/// <summary>Fails start-up with one message per missing or malformed setting, naming the configuration key.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    private const string Prefix = SlackOptions.SectionName + ":";

    // Below 64 KiB real block_actions payloads would be refused for good (SLACK-PROTOCOL.md, "Large payloads").
    private const int MinRequestBodyBytes = 64 * 1024;

    // Kestrel's default MaxRequestBodySize: above it Kestrel answers 413 before we can add X-Slack-No-Retry.
    private const int KestrelMaxRequestBodyBytes = 30_000_000;

    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();

        if (options.BotToken is not { } bot || !bot.StartsWith("xoxb-", StringComparison.Ordinal))
            failures.Add($"{Prefix}{nameof(SlackOptions.BotToken)} must be a bot token starting with 'xoxb-'.");

        if (options.Mode == SlackMode.Http && string.IsNullOrWhiteSpace(options.SigningSecret))
            failures.Add($"{Prefix}{nameof(SlackOptions.SigningSecret)} is required when {Prefix}{nameof(SlackOptions.Mode)} is Http.");

        if (options.Mode == SlackMode.Socket && (options.AppToken is not { } app || !app.StartsWith("xapp-", StringComparison.Ordinal)))
            failures.Add($"{Prefix}{nameof(SlackOptions.AppToken)} must be an app-level token starting with 'xapp-' when {Prefix}{nameof(SlackOptions.Mode)} is Socket.");

        if (!options.CommandName.StartsWith('/'))
            failures.Add($"{Prefix}{nameof(SlackOptions.CommandName)} must start with '/'.");

        if (!options.ApiBaseUrl.IsAbsoluteUri || !options.ApiBaseUrl.AbsoluteUri.EndsWith('/'))
            failures.Add($"{Prefix}{nameof(SlackOptions.ApiBaseUrl)} must be an absolute URL ending with '/'.");

        if (!AreHttpOrigins(options.ResponseUrlOrigins))
            failures.Add($"{Prefix}{nameof(SlackOptions.ResponseUrlOrigins)} must list absolute http(s) URLs, e.g. https://hooks.slack.com/.");
        if (!AreHttpOrigins(options.FileDownloadOrigins))
            failures.Add($"{Prefix}{nameof(SlackOptions.FileDownloadOrigins)} must list absolute http(s) URLs, e.g. https://files.slack.com/.");

        if (UnfurlDomainsProblem(options.UnfurlDomains) is { } problem)
            failures.Add($"{Prefix}{nameof(SlackOptions.UnfurlDomains)} must list at most {SlackOptions.MaxUnfurlDomains} host names such as conference.example.com (no scheme, port or path), the same as the app manifest's unfurl_domains; {problem}.");

        if (options.MaxRequestBodyBytes is < MinRequestBodyBytes or > KestrelMaxRequestBodyBytes)
            failures.Add($"{Prefix}{nameof(SlackOptions.MaxRequestBodyBytes)} must be between {MinRequestBodyBytes} (Slack's real payloads are larger) and {KestrelMaxRequestBodyBytes} (Kestrel refuses larger bodies itself) bytes.");

        if (options.MessageTextBudget is < 1000 or > BlockKitLimits.MessageText)
            failures.Add($"{Prefix}{nameof(SlackOptions.MessageTextBudget)} must be between 1000 and {BlockKitLimits.MessageText} characters (Slack refuses messages whose blocks hold more than about 12000).");

        if (!WithinAckLimit(options.CommandAckDeadline))
            failures.Add($"{Prefix}{nameof(SlackOptions.CommandAckDeadline)} must be between 0 and 3 seconds (Slack's ack limit).");
        if (!WithinAckLimit(options.ViewSubmissionAckDeadline))
            failures.Add($"{Prefix}{nameof(SlackOptions.ViewSubmissionAckDeadline)} must be between 0 and 3 seconds (Slack's ack limit).");

        if (options.ProcessedEventRetention < TimeSpan.FromMinutes(10))
            failures.Add($"{Prefix}{nameof(SlackOptions.ProcessedEventRetention)} must be at least 10 minutes to outlast Slack's retries.");

        if (options.WorkQueueCapacity < 1 || options.HandlerConcurrency < 1)
            failures.Add($"{Prefix}{nameof(SlackOptions.WorkQueueCapacity)} and {nameof(SlackOptions.HandlerConcurrency)} must be positive.");

        if (options.ApiRetryCount < 0)
            failures.Add($"{Prefix}{nameof(SlackOptions.ApiRetryCount)} must not be negative.");

        if (options.SocketSilenceTimeout < TimeSpan.FromMilliseconds(600))
            failures.Add($"{Prefix}{nameof(SlackOptions.SocketSilenceTimeout)} must be at least 00:00:00.6 (a keep-alive is sent every sixth of it).");

        if (options.ApiMaxRetryAfter <= TimeSpan.Zero)
            failures.Add($"{Prefix}{nameof(SlackOptions.ApiMaxRetryAfter)} must be a positive duration, e.g. 00:05:00 (the longest Retry-After from Slack to wait out).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? UnfurlDomainsProblem(string[] domains) =>
        domains.FirstOrDefault(d => Uri.CheckHostName(d) != UriHostNameType.Dns) is { } bad ? $"'{bad}' is not a host name"
        : domains.Length > SlackOptions.MaxUnfurlDomains ? $"it lists {domains.Length}"
        : null;

    private static bool WithinAckLimit(TimeSpan deadline) => deadline > TimeSpan.Zero && deadline < TimeSpan.FromSeconds(3);

    private static bool AreHttpOrigins(Uri[] origins) => origins.All(o => o.IsAbsoluteUri && o.Scheme is ("https" or "http"));
}
