using ConfBot.Core.Search;

namespace ConfBot.Core.Tests.Search;

public sealed class TalkIndexTests
{
    private static readonly TalkIndex Index = TalkIndex.Build(SampleTalks.All, new SearchOptions());

    private static string? Top(string question) => Index.Search(question, 3).Hits is [var top, ..] ? top.Talk.Title : null;

    [Fact]
    public void Finds_a_talk_by_its_title_words()
    {
        Assert.Equal("Adventures in Postgres management", Top("postgres management"));
    }

    [Fact]
    public void Ranks_a_title_match_above_a_passing_mention()
    {
        Assert.Equal("Vault", Top("vault"));
    }

    [Theory]
    [InlineData("k8s rollout", "Deployment strategies with Kubernetes")]
    [InlineData("pg replication", "Adventures in Postgres management")]
    [InlineData("where do people keep their credentials", "Working with Secrets")]
    public void Finds_talks_through_domain_synonyms(string question, string title)
    {
        Assert.Equal(title, Top(question));
    }

    [Fact]
    public void Finds_a_phrase_synonym()
    {
        var titles = Index.Search("how do people store api keys", 3).Hits.Select(h => h.Talk.Title);

        Assert.Contains("Vault", titles.Take(2));
    }

    [Theory]
    [InlineData("kubernets deploymnet strategies", "Deployment strategies with Kubernetes")]
    [InlineData("glustr storage", "Persistent storage for containers using Gluster")]
    public void Tolerates_misspelled_words(string question, string title)
    {
        Assert.Equal(title, Top(question));
        Assert.NotEmpty(Index.Search(question, 3).Corrections);
    }

    [Fact]
    public void An_english_word_the_notes_lack_is_not_corrected_to_one_they_have()
    {
        var index = TalkIndex.Build([TalkBuilder.Talk("Keeping the same schema everywhere").Build()], new SearchOptions());

        Assert.DoesNotContain("save", index.Search("how to save money", 3).Corrections.Keys);
    }

    [Fact]
    public void Tolerates_misspelled_speaker_names()
    {
        var results = Index.Search("speaker:\"paul stak\"", 5);

        Assert.Equal(2, results.Hits.Count);
        Assert.All(results.Hits, h => Assert.Contains("Paul Stack", h.Talk.Speakers));
    }

    [Fact]
    public void Matches_other_forms_of_a_word()
    {
        Assert.Equal("Deployment strategies with Kubernetes", Top("deploying to kubernetes"));
    }

    [Fact]
    public void Filters_by_conference_and_year()
    {
        var results = Index.Search("conference:rootconf year:2017 secrets", 5);

        Assert.Equal(["Working with Secrets"], results.Hits.Select(h => h.Talk.Title));
    }

    [Fact]
    public void Filters_by_speaker_alone()
    {
        var results = Index.Search("speaker:\"paul stack\" vault", 5);

        Assert.Equal("Vault", results.Hits[0].Talk.Title);
        Assert.All(results.Hits, h => Assert.Contains("Paul Stack", h.Talk.Speakers));
    }

    [Theory]
    [InlineData("quantum banana recipes")]
    [InlineData("quantum kubernetes banana recipes")]
    public void Nonsense_finds_nothing(string question)
    {
        Assert.Empty(Index.Search(question, 3).Hits);
    }

    [Fact]
    public void Suggests_close_words_when_nothing_matches()
    {
        var results = Index.Search("glustr monitering", 3);

        Assert.NotEmpty(results.Hits.Count == 0 ? results.Suggestions : results.Corrections.Values);
    }

    [Fact]
    public void An_empty_index_answers_nothing()
    {
        Assert.Empty(TalkIndex.Build([], new SearchOptions()).Search("kubernetes", 3).Hits);
    }
}
