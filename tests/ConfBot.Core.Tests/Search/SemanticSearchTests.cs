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
