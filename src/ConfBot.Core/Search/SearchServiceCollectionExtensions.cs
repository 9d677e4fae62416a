using ConfBot.Core.Answers;
using ConfBot.Core.Diagnostics;
using ConfBot.Core.Links;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Search.Semantic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge base (<see cref="IKnowledgeBase"/>, also as <see cref="ITalkSearch"/>),
    /// <see cref="IAnswerService"/> and <see cref="ITalkLinkLookup"/>, with <see cref="SearchOptions"/> bound to <c>ConfBot:Search</c>. Needs an
    /// <c>INotesLoader</c> and logging. The host starts watching with <see cref="IKnowledgeBase.StartWatching"/>.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITextEmbedder>(sp =>
        {
            var search = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new MiniLmEmbedder(search.EmbeddingThreads, search.ModelFolderOrDefault);
        });
        services.TryAddSingleton(sp =>
        {
            var search = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            var embedder = sp.GetRequiredService<ITextEmbedder>();
            var store = string.IsNullOrWhiteSpace(search.EmbeddingCache)
                ? EmbeddingStore.InMemory(embedder.Dimensions)
                : EmbeddingStore.Open(search.EmbeddingCache, embedder.Model, embedder.Dimensions, sp.GetRequiredService<ILogger<EmbeddingStore>>());
            return new TalkEmbedding(embedder, store);
        });
        services.TryAddSingleton<IKnowledgeBase>(sp => new KnowledgeBase(
            sp.GetRequiredService<INotesLoader>(),
            sp.GetRequiredService<IOptions<SearchOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<KnowledgeBase>>(),
            sp.GetRequiredService<IOptions<SearchOptions>>().Value.Semantic ? sp.GetRequiredService<TalkEmbedding>() : null,
            // Written notes need a state store; a command run without one answers from the folder alone.
            sp.GetService<IWrittenNoteStore>() is null ? null : sp.GetRequiredService<IWrittenNoteFeed>(),
            sp.GetService<IProgress<WorkProgress>>()));
        services.TryAddSingleton<ITalkSearch>(sp => sp.GetRequiredService<IKnowledgeBase>());
        services.TryAddSingleton<ITalkLinkLookup, TalkLinkLookup>();
        services.TryAddSingleton<IAnswerService, AnswerService>();
        return services;
    }
}
