using ConfBot.Core;
using ConfBot.Core.Notes;
using Microsoft.Extensions.Options;

namespace ConfBot.Cli;

/// <summary>
/// The services a one-shot command needs, from the same configuration the service reads
/// (appsettings.json, then ConfBot__* environment variables, then command-line options).
/// Logs go to standard error so <c>--json</c> output stays clean.
/// </summary>
internal static class CliServices
{
    /// <param name="extra">More services for one command, e.g. state storage.</param>
    public static ServiceProvider Build(string? notesOverride = null, Action<IServiceCollection>? extra = null)
    {
        var overrides = new Dictionary<string, string?>();
        if (notesOverride is not null)
            overrides[$"{NotesOptions.SectionName}:Directory"] = notesOverride;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning));
        services.AddKnowledge();
        extra?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static string NotesDirectory(this IServiceProvider services) =>
        NotesFolder.Resolve(services.GetRequiredService<IOptions<NotesOptions>>().Value.Directory);
}
