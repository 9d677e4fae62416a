using ConfBot.Core.Notes;
using ConfBot.Core.Search;
using ConfBot.Storage;

namespace ConfBot.Hosting;

/// <summary>
/// Where every command, <c>serve</c> included, reads its settings: the host's defaults (appsettings.json in the
/// working directory, environment variables such as <c>ConfBot__Notes__Directory</c>), appsettings.json beside the
/// binary, then what the command line says.
/// </summary>
internal static class ConfBotSettings
{
    public static IHostApplicationBuilder AddConfBotSettings(this IHostApplicationBuilder builder, string? notes, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddInMemoryCollection(overrides ?? []);
        if (notes is not null)
            builder.Configuration[$"{NotesOptions.SectionName}:{nameof(NotesOptions.Directory)}"] = notes;
        // The vector cache lives beside the state file in the user's data folder, not in whatever folder a command is
        // run from; a configured path (the image's /data/confbot.vectors) is kept as it is.
        var cache = $"{SearchOptions.SectionName}:{nameof(SearchOptions.EmbeddingCache)}";
        if (builder.Configuration[cache] is null)
            builder.Configuration[cache] = Path.Combine(UserDataFolder.Path(), "confbot.vectors");
        return builder;
    }
}
