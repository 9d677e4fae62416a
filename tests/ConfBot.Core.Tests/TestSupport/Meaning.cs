using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Search;
using ConfBot.Core.Search.Semantic;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.TestSupport;

/// <summary>
/// The shipped embedding model, loaded once for the test run, with its vectors kept in a file under the temp
/// folder so a second local run embeds nothing (CI starts clean and embeds every test corpus once).
/// </summary>
internal static class Meaning
{
    private static readonly Lazy<TalkEmbedding> Shared = new(() =>
    {
        var embedder = new MiniLmEmbedder(Environment.ProcessorCount, new SearchOptions().ModelFolderOrDefault);
        var file = Path.Combine(Path.GetTempPath(), $"confbot-tests-{embedder.Model}.vectors");
        return new TalkEmbedding(embedder, EmbeddingStore.Open(file, embedder.Model, embedder.Dimensions, NullLogger.Instance));
    });

    public static ITextEmbedder Model => Shared.Value.Embedder;

    /// <summary>A knowledge base searching <paramref name="catalog"/> by words and meaning, returned once meaning is in place.</summary>
    public static async Task<KnowledgeBase> SearchAsync(TalkCatalog catalog, SearchOptions? options = null)
    {
        var knowledge = new KnowledgeBase(new NoNotes(), Options.Create(options ?? new SearchOptions()), TimeProvider.System, NullLogger<KnowledgeBase>.Instance, Shared.Value);
        knowledge.Publish(catalog);
        await knowledge.Embedded;
        return knowledge;
    }

    private sealed class NoNotes : INotesLoader
    {
        public TalkCatalog Load(string directory, CancellationToken cancellationToken = default) => Load(directory, [], cancellationToken);

        public TalkCatalog Load(string directory, IReadOnlyList<WrittenNote> written, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("These knowledge bases are given their talks.");
    }
}
