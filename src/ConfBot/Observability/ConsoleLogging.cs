namespace ConfBot.Observability;

/// <summary>How logs are written to the console.</summary>
public enum LogFormat
{
    /// <summary>Text when the log stream is a terminal (a person reads it), JSON when it is not (a collector does).</summary>
    Auto,

    /// <summary>One readable line per entry: level, time, category, message.</summary>
    Text,

    /// <summary>One JSON object per line, with scopes (the Slack event id, command or trigger id, TraceId…).</summary>
    Json,
}

/// <summary>
/// Console logs in one of the <see cref="LogFormat"/>s, chosen by <c>ConfBot:Logging:Format</c> (default
/// <see cref="LogFormat.Auto"/>). <c>serve</c> logs to standard output; the one-shot commands to standard error, so
/// their output stays clean.
/// </summary>
internal static class ConsoleLogging
{
    public const string FormatKey = "ConfBot:Logging:Format";

    public static ILoggingBuilder AddConfBotConsoleLogging(this ILoggingBuilder logging, IConfiguration configuration, bool toStandardError)
    {
        logging.ClearProviders();
        // Each line inside a traced request carries its TraceId and SpanId (in its scopes), to find the trace from a log.
        logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        var format = Format(configuration[FormatKey], terminal: toStandardError ? !Console.IsErrorRedirected : !Console.IsOutputRedirected);
        logging.AddConsole(options => options.LogToStandardErrorThreshold = toStandardError ? LogLevel.Trace : LogLevel.None);
        if (format == LogFormat.Json)
            logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        else
            logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        // Request-per-line logs would cost more than the requests at Slack's peak; our own adapter logs what matters.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // HttpClient's logs carry request URLs, and a response_url is itself a credential for replying in a channel.
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // Polly logs every retry of a Slack call with its exception; ConfBot logs each failed call and outage once.
        // A level configured for it (Logging:LogLevel:Polly) still wins, for whoever wants to watch the retries.
        if (configuration["Logging:LogLevel:Polly"] is null)
            logging.AddFilter("Polly", LogLevel.Error);
        // The host logs a failed start with its stack trace; every command reports a settings problem as one line.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        return logging;
    }

    /// <summary>The format to write in; a value that names no format is refused with the ones that exist.</summary>
    public static LogFormat Format(string? configured, bool terminal)
    {
        var format = LogFormat.Auto;
        if (!string.IsNullOrWhiteSpace(configured) && !Enum.TryParse(configured, ignoreCase: true, out format))
            throw new InvalidOperationException(
                $"Failed to convert configuration value '{configured}' at '{FormatKey}' to type '{typeof(LogFormat).FullName}'.");
        return format == LogFormat.Auto ? (terminal ? LogFormat.Text : LogFormat.Json) : format;
    }
}
