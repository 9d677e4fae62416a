using ConfBot.Core.Answers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConfBot.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge base (<see cref="IKnowledgeBase"/>, also as <see cref="ITalkSearch"/>) and
    /// <see cref="IAnswerService"/>, with <see cref="SearchOptions"/> bound to <c>ConfBot:Search</c>. Needs an
    /// <c>INotesLoader</c> and logging. The host starts watching with <see cref="IKnowledgeBase.StartWatching"/>.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKnowledgeBase, KnowledgeBase>();
        services.TryAddSingleton<ITalkSearch>(sp => sp.GetRequiredService<IKnowledgeBase>());
        services.TryAddSingleton<IAnswerService, AnswerService>();
        return services;
    }
}
