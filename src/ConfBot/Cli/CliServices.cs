using System.Diagnostics;
using ConfBot.Core;
using ConfBot.Core.Diagnostics;
using ConfBot.Core.Notes;
using ConfBot.Hosting;
using ConfBot.Observability;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ConfBot.Cli;

/// <summary>
/// The host a one-shot command runs in: built like <c>serve</c>'s (<see cref="ConfBotSettings"/>), with the knowledge
/// core and what the command adds. Logs go to standard error so <c>--json</c> output stays clean.
/// </summary>
internal static class CliServices
{
    /// <param name="extra">More services for one command, e.g. state storage.</param>
    /// <param name="timings">Told how long building the services took, under <c>--timings</c>.</param>
    public static IHost Build(string? notesOverride = null, Action<IServiceCollection>? extra = null, PhaseTimings? timings = null)
    {
        var started = Stopwatch.GetTimestamp();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.AddConfBotSettings(notesOverride);
        builder.Logging.AddConfBotConsoleLogging(builder.Configuration, toStandardError: true).SetMinimumLevel(LogLevel.Warning);
        // Each note that could not be read is printed once, as a `warning:` line with its outcome; not logged again.
        builder.Logging.AddFilter("ConfBot.Core.Notes", LogLevel.Error);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true }));
        builder.Services.AddKnowledge();
        // Bars only for a person watching: piped or logged error output gets none.
        if (!Console.IsErrorRedirected)
            builder.Services.Replace(ServiceDescriptor.Singleton<IProgress<WorkProgress>>(_ => new TerminalProgress(
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }))));
        extra?.Invoke(builder.Services);
        var host = builder.Build();
        timings?.Mark("services", Stopwatch.GetElapsedTime(started));
        return host;
    }

    public static string NotesDirectory(this IServiceProvider services) =>
        NotesFolder.Resolve(services.GetRequiredService<IOptions<NotesOptions>>().Value.Directory);
}
