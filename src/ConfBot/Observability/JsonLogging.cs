namespace ConfBot.Observability;

/// <summary>
/// One JSON object per log line on stdout, with scopes (the Slack event id, command or trigger id, and ASP.NET
/// Core's request id), for log collectors to index.
/// </summary>
internal static class JsonLogging
{
    public static ILoggingBuilder AddConfBotJsonLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        // Each line inside a traced request carries its TraceId and SpanId (in its scopes), to find the trace from a log.
        logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
        // Request-per-line logs would cost more than the requests at Slack's peak; our own adapter logs what matters.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // HttpClient's logs carry request URLs, and a response_url is itself a credential for replying in a channel.
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        return logging;
    }
}
