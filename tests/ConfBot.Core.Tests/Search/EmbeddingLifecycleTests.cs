using ConfBot.Core.Search;
using ConfBot.Core.Search.Semantic;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.Search;

/// <summary>Vectors are computed once per text, kept across restarts, and never keep answers waiting.</summary>
public sealed class EmbeddingLifecycleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confbot-vectors-").FullName;
    private readonly List<Talk> _talks =
    [
        TalkBuilder.Talk("Deployment strategies with Kubernetes").Points("Rolling updates", "Blue green").Build(),
        TalkBuilder.Talk("Working with Secrets").Points("Vault leases").Build(),
    ];

    private string File => Path.Combine(_folder, "confbot.vectors");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_restart_with_unchanged_notes_embeds_nothing()
    {
        var first = new FakeEmbedder();
        float before;
        using (var embedding = new TalkEmbedding(first, Store()))
            before = embedding.Build(_talks, default).TalkSimilarity(0, FakeEmbedder.Vector("q"));

        var second = new FakeEmbedder();
        using var restarted = new TalkEmbedding(second, Store());
        var vectors = restarted.Build(_talks, default);

        Assert.Equal(5, first.Texts);
        Assert.Equal(0, second.Texts);
        Assert.Equal(before, vectors.TalkSimilarity(0, FakeEmbedder.Vector("q")), precision: 2);
    }

    [Fact]
    public void A_changed_talk_embeds_only_its_new_texts()
    {
        var model = new FakeEmbedder();
        using var embedding = new TalkEmbedding(model, Store());
        embedding.Build(_talks, default);

        embedding.Build([_talks[0], TalkBuilder.Talk("Working with Secrets").Points("Vault leases", "Dynamic credentials").Build()], default);

        Assert.Equal(5 + 2, model.Texts); // the changed talk as a whole, and its new point
    }

    [Fact]
    public void A_vector_file_cut_short_by_a_crash_keeps_its_whole_records()
    {
        using (var embedding = new TalkEmbedding(new FakeEmbedder(), Store()))
            embedding.Build(_talks, default);
        using (var stream = new FileStream(File, FileMode.Open))
            stream.SetLength(stream.Length - 5);

        var model = new FakeEmbedder();
        using (var embedding = new TalkEmbedding(model, Store()))
            embedding.Build(_talks, default);
        var afterwards = new FakeEmbedder();
        using (var again = new TalkEmbedding(afterwards, Store()))
            again.Build(_talks, default);

        Assert.Equal(1, model.Texts);
        Assert.Equal(0, afterwards.Texts);
    }

    [Fact]
    public void A_vector_file_written_by_another_model_is_started_again()
    {
        using (var embedding = new TalkEmbedding(new FakeEmbedder("old-model"), EmbeddingStore.Open(File, "old-model", 8, NullLogger.Instance)))
            embedding.Build(_talks, default);

        var model = new FakeEmbedder();
        using var embedding2 = new TalkEmbedding(model, Store());
        embedding2.Build(_talks, default);

        Assert.Equal(5, model.Texts);
    }

    [Fact]
    public async Task Questions_are_answered_by_words_while_meaning_is_still_being_added()
    {
        var model = new FakeEmbedder();
        model.Hold();
        using var knowledge = Knowledge(model);

        knowledge.Publish(new TalkCatalog(_talks, []));
        Assert.True(model.Waiting.Wait(TimeSpan.FromSeconds(30)));

        Assert.Single(knowledge.Search("kubernetes", 3).Hits);
        Assert.False(knowledge.SearchesMeaning);
        Assert.False(knowledge.Embedded.IsCompleted);

        model.Release();
        await knowledge.Embedded;
        Assert.True(knowledge.SearchesMeaning);
        Assert.Single(knowledge.Search("kubernetes", 3).Hits);
    }

    [Fact]
    public async Task A_newer_catalog_is_not_replaced_by_the_meaning_of_an_older_one()
    {
        var model = new FakeEmbedder();
        model.Hold();
        using var knowledge = Knowledge(model);
        knowledge.Publish(new TalkCatalog(_talks, []));
        Assert.True(model.Waiting.Wait(TimeSpan.FromSeconds(30)));
        var older = knowledge.Embedded;

        knowledge.Publish(new TalkCatalog([_talks[1]], []));
        var newer = knowledge.Embedded;
        model.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => older);
        await newer;
        Assert.Single(knowledge.Catalog.Talks);
        Assert.True(knowledge.SearchesMeaning);
    }

    [Fact]
    public void Semantic_search_can_be_turned_off()
    {
        var model = new FakeEmbedder();
        using var knowledge = Knowledge(model, new SearchOptions { Semantic = false });

        knowledge.Publish(new TalkCatalog(_talks, []));

        Assert.True(knowledge.Embedded.IsCompletedSuccessfully);
        Assert.False(knowledge.SearchesMeaning);
        Assert.Equal(0, model.Texts);
    }

    private static KnowledgeBase Knowledge(FakeEmbedder model, SearchOptions? options = null) =>
        new(new FakeNotesLoader(), Options.Create(options ?? new SearchOptions()), TimeProvider.System, NullLogger<KnowledgeBase>.Instance,
            new TalkEmbedding(model, EmbeddingStore.InMemory(8)));

    private EmbeddingStore Store() => EmbeddingStore.Open(File, "fake-model", 8, NullLogger.Instance);
}
