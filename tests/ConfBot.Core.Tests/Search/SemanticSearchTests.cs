using ConfBot.Core.Search;
using ConfBot.Core.Search.Semantic;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.Search;

/// <summary>Searching by meaning beside words, with the shipped model over the seed notes.</summary>
public sealed class SemanticSearchTests
{
    private static readonly TalkCatalog Seeds = NotesReader.LoadSeeds();

    [Theory]
    [InlineData("lessons on cheaper cloud servers that can disappear any minute", "spot")]
    [InlineData("contract tests so the frontend team does not break the billing service", "integration tests")]
    public async Task A_paraphrase_that_shares_no_telling_word_with_the_talk_is_found_by_meaning(string question, string titleWord)
    {
        using var knowledge = await Meaning.SearchAsync(Seeds);

        Assert.DoesNotContain(TalkIndex.Build(Seeds.Talks, new SearchOptions()).Search(question, 3).Hits, h => Titled(h, titleWord));
        Assert.Contains(knowledge.Search(question, 3).Hits, h => Titled(h, titleWord));
    }

    [Fact]
    public async Task A_name_the_model_reads_poorly_is_found_by_its_words()
    {
        using var knowledge = await Meaning.SearchAsync(Seeds);
        var talk = Seeds.Talks.First(t => t.Title.Contains("Scientist", StringComparison.Ordinal) || t.KeyPoints.Concat([t.Summary ?? ""]).Any(p => p.Contains("Scientist", StringComparison.Ordinal)));
        var vectors = Meaning.Model.Embed(["github scientist", TalkTexts.Whole(talk)]);

        Assert.True(System.Numerics.Tensors.TensorPrimitives.Dot(vectors[0], vectors[1]) < new SearchOptions().SemanticThreshold, "the talk is not close in meaning to the name alone");
        Assert.Contains(knowledge.Search("github scientist", 3).Hits, h => h.Talk.Id == talk.Id);
    }

    [Theory]
    [InlineData("how to bake sourdough bread")]
    [InlineData("asdf qwerty zxcv")]
    [InlineData("tax rules for freelancers in germany")]
    public async Task A_question_no_talk_is_about_finds_nothing(string question)
    {
        using var knowledge = await Meaning.SearchAsync(Seeds);

        Assert.Empty(knowledge.Search(question, 3).Hits);
    }

    [Fact]
    public async Task A_long_question_in_a_full_sentence_is_answered()
    {
        using var knowledge = await Meaning.SearchAsync(Seeds);
        const string question = "our team is evaluating tools for monitoring our databases, mostly MySQL and MongoDB, and we would like to know "
            + "which dashboards and query analytics people recommended, and whether anyone talked about planning capacity before the disks fill up";

        Assert.Contains(knowledge.Search(question, 3).Hits, h => Titled(h, "capacity planning"));
    }

    [Fact]
    public async Task Answers_say_which_key_points_are_closest_to_the_question()
    {
        using var knowledge = await Meaning.SearchAsync(Seeds);

        var hit = knowledge.Search("lessons on cheaper cloud servers that can disappear any minute", 1).Hits.Single();

        Assert.Equal(hit.Talk.KeyPoints.Count, hit.PointRelevance!.Count);
    }

    [Fact]
    public void Filters_hold_for_talks_found_by_meaning()
    {
        var embedding = new TalkEmbedding(new FakeEmbedder(), EmbeddingStore.InMemory(8));
        var talks = new[] { TalkBuilder.Talk("Spot instances").At("Rootconf", 2017).Build(), TalkBuilder.Talk("Spot fleets").At("ScaleConf", 2016).Build() };
        var search = new HybridSearch(TalkIndex.Build(talks, new SearchOptions()), embedding.Build(talks, default), embedding.Embedder, new SearchOptions { SemanticThreshold = -1 });

        Assert.All(search.Search("cheap servers year:2016", 3).Hits, h => Assert.Equal(2016, h.Talk.Year));
    }

    private static bool Titled(SearchHit hit, string word) => hit.Talk.Title.Contains(word, StringComparison.OrdinalIgnoreCase);
}

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
        using var knowledge = new KnowledgeBase(new FakeNotesLoader(), Options.Create(new SearchOptions()), TimeProvider.System, NullLogger<KnowledgeBase>.Instance, new TalkEmbedding(model, EmbeddingStore.InMemory(8)));

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
        using var knowledge = new KnowledgeBase(new FakeNotesLoader(), Options.Create(new SearchOptions()), TimeProvider.System, NullLogger<KnowledgeBase>.Instance, new TalkEmbedding(model, EmbeddingStore.InMemory(8)));
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
        using var knowledge = new KnowledgeBase(new FakeNotesLoader(), Options.Create(new SearchOptions { Semantic = false }), TimeProvider.System, NullLogger<KnowledgeBase>.Instance, new TalkEmbedding(model, EmbeddingStore.InMemory(8)));

        knowledge.Publish(new TalkCatalog(_talks, []));

        Assert.True(knowledge.Embedded.IsCompletedSuccessfully);
        Assert.False(knowledge.SearchesMeaning);
        Assert.Equal(0, model.Texts);
    }

    private EmbeddingStore Store() => EmbeddingStore.Open(File, "fake-model", 8, NullLogger.Instance);
}

public sealed class QuantisedTests
{
    [Theory]
    [InlineData(new[] { 0.6f, -0.8f })]
    [InlineData(new[] { -0.28f, 0.96f })]
    [InlineData(new[] { -1f, 0f })]
    public void A_stored_vector_keeps_its_direction_whatever_the_sign_of_its_largest_value(float[] vector)
    {
        var rows = new Quantised(1, vector.Length);

        rows.Set(0, vector);

        Assert.Equal(1f, rows.Similarity(0, vector), precision: 2);
    }
}
