using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConfBot.Core;

/// <summary>Registers the knowledge core: reading notes into talks, and notes written through the bot (<see cref="IWrittenNotes"/>).</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<NotesOptions>()
            .BindConfiguration(NotesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<NotesLoader>();
        services.AddSingleton<INotesLoader>(sp => sp.GetRequiredService<NotesLoader>());
        services.TryAddSingleton(TimeProvider.System);
        // Both need an IWrittenNoteStore, which the state storage registers.
        services.AddSingleton<IWrittenNoteFeed, WrittenNoteFeed>();
        services.AddSingleton<IWrittenNotes, WrittenNotes>();
        services.AddSearch();
        return services;
    }
}
