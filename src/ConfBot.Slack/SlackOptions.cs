namespace ConfBot.Slack;

/// <summary>Settings for the Slack adapter, bound from <see cref="SectionName"/>.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "ConfBot:Slack";

    /// <summary>Signing secret used to verify HTTP requests; required in <see cref="SlackMode.Http"/>.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Bot token (<c>xoxb-</c>) used for every Web API call.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (<c>xapp-</c>) with <c>connections:write</c>; required in <see cref="SlackMode.Socket"/>.</summary>
    public string? AppToken { get; set; }

    public SlackMode Mode { get; set; } = SlackMode.Http;

    /// <summary>The slash command this app answers; other commands get a polite ephemeral refusal.</summary>
    public string CommandName { get; set; } = "/confbot";

    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>
    /// Largest HTTP request body accepted (1 MiB); a larger one gets 413 with <c>X-Slack-No-Retry</c>. Slack's real
    /// payloads exceed 64 KiB: a modal's <c>block_actions</c> carries the whole view, a message up to 40,000 characters.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Where a <c>response_url</c> may point besides <see cref="ApiBaseUrl"/>'s own site: Slack's are on
    /// hooks.slack.com. A signed payload naming any other host is not posted to, so a leaked signing secret cannot
    /// make ConfBot send answers anywhere.
    /// </summary>
    public Uri[] ResponseUrlOrigins { get; set; } = [new("https://hooks.slack.com/")];

    /// <summary>
    /// Where a file may be downloaded from with the bot token besides <see cref="ApiBaseUrl"/>'s own site: Slack
    /// serves <c>url_private_download</c> from files.slack.com. Any other URL is refused, so the token never leaves Slack.
    /// </summary>
    public Uri[] FileDownloadOrigins { get; set; } = [new("https://files.slack.com/")];

    /// <summary>
    /// Host names whose links are unfurled (<c>link_shared</c>), subdomains included, as Slack matches them; the same
    /// hosts as the app manifest's <c>unfurl_domains</c> (at most <see cref="MaxUnfurlDomains"/>). Empty: every link
    /// Slack sends, which are only those of the manifest's domains.
    /// </summary>
    public string[] UnfurlDomains { get; set; } = [];

    /// <summary>The most unfurl domains an app manifest may list.</summary>
    public const int MaxUnfurlDomains = 5;

    /// <summary>
    /// The most text a message's blocks may hold together. Slack refuses more (<c>msg_blocks_too_long</c>, at about
    /// 12,000 characters) even when every block is within its own limit; longer lists are shortened to fit.
    /// </summary>
    public int MessageTextBudget { get; set; } = 12_000;

    /// <summary>How long a slash command handler may run before the ack goes out empty and the answer follows via <c>response_url</c>. Slack allows 3 s.</summary>
    public TimeSpan CommandAckDeadline { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// How long a modal's submission handler may take: its answer rides on the ack, which Slack wants within 3 s.
    /// Past it the ack goes out empty (the modal closes) and the handler's answer is dropped.
    /// </summary>
    public TimeSpan ViewSubmissionAckDeadline { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Ephemeral text sent when a slash command handler fails (and shown on a modal whose submission handler fails).</summary>
    public string CommandErrorText { get; set; } = "Sorry, something went wrong. Please try again.";

    /// <summary>How long a processed event id is remembered; must outlast Slack's last retry (about +5 minutes).</summary>
    public TimeSpan ProcessedEventRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Events and interactions waiting for a handler; when full, deliveries are refused so Slack retries them.</summary>
    public int WorkQueueCapacity { get; set; } = 256;

    /// <summary>Handlers running at once in the background worker.</summary>
    public int HandlerConcurrency { get; set; } = 4;

    public int ApiRetryCount { get; set; } = 3;

    public TimeSpan ApiRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound on one exponential-backoff wait; a 429 <c>Retry-After</c> is bounded by <see cref="ApiMaxRetryAfter"/> instead.</summary>
    public TimeSpan ApiMaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest 429 <c>Retry-After</c> waited out in full before trying again. Slack asking for longer fails the call
    /// at once (<see cref="WebApi.SlackApiException"/> <c>ratelimited</c>) rather than hold the caller that long.
    /// </summary>
    public TimeSpan ApiMaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan ApiAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan SocketReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan SocketReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a Socket Mode connection may go without answering ConfBot's keep-alive before it is taken for dead,
    /// closed and opened again (and <c>/readyz</c> says so meanwhile).
    /// </summary>
    public TimeSpan SocketSilenceTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
