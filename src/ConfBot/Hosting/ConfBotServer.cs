using System.Diagnostics;
using ConfBot.Observability;

namespace ConfBot.Hosting;

/// <summary>Builds and runs the web service, from the same configuration sources as every other command.</summary>
internal static partial class ConfBotServer
{
    public const int InvalidSettingsExitCode = 2;

    /// <param name="configuration">Settings that win over appsettings.json and ConfBot__* environment variables (tests use this).</param>
    /// <param name="overrides">Replaces registrations after composition, e.g. a fake clock (tests use this).</param>
    public static WebApplication Build(ServeSettings settings, IEnumerable<KeyValuePair<string, string?>>? configuration = null, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.AddConfBotSettings(settings.Notes, configuration);
        // A port that does not parse is left to the options' validation at start, which names it in one line.
        var metricsPort = int.TryParse(builder.Configuration[$"{MetricsOptions.SectionName}:Port"], out var port) && port is > 0 and <= 65535 ? port : (int?)null;
        if (ListenUrls.With(settings.Urls ?? builder.Configuration["urls"], builder.Configuration["http_ports"], metricsPort) is { } urls)
            builder.WebHost.UseUrls(urls);
        builder.AddConfBotService();
        overrides?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapConfBot();
        return app;
    }

    /// <summary>Runs until shutdown; a settings problem ends it at start with one <c>error:</c> line and exit code 2.</summary>
    public static async Task<int> RunAsync(ServeSettings settings, CancellationToken cancellationToken)
    {
        WebApplication? app = null;
        var timings = PhaseTimings.Start();
        try
        {
            var building = Stopwatch.GetTimestamp();
            app = Build(settings);
            timings.Mark("services", Stopwatch.GetElapsedTime(building));
            await app.StartAsync(cancellationToken);
            // Listening stops here: the spans of every later answer would only pile up.
            timings.Dispose();
            LogStarted(app.Logger, timings);
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } problem)
        {
            await Console.Error.WriteLineAsync($"error: {problem}");
            // A host that failed to start still holds the console lifetime, which would keep the process from exiting.
            if (app is not null)
                await app.DisposeAsync();
            return InvalidSettingsExitCode;
        }
        finally
        {
            timings.Dispose();
        }

        await using (app)
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }

        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started, {Timings}")]
    private static partial void LogStarted(ILogger logger, PhaseTimings timings);
}
