using ConfBot.Core.Notes;

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
        return builder;
    }
}
