using ConfBot.Core.Notes;
using ConfBot.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Core;

/// <summary>Registers the knowledge core: reading notes into talks.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<NotesOptions>()
            .BindConfiguration(NotesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<INotesLoader, NotesLoader>();
        services.AddSearch();
        return services;
    }
}
