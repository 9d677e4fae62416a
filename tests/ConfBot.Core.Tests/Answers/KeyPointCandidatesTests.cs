using ConfBot.Core.Answers;
using ConfBot.Core.Tests.Search;

namespace ConfBot.Core.Tests.Answers;

public sealed class KeyPointCandidatesTests
{
    private static IReadOnlyList<string> Candidates(params string[] points) =>
        [.. KeyPointCandidates.Of(TalkBuilder.Talk("Asynchronous integration tests").Points(points).Build()).Select(c => c.Text)];

    [Theory]
    [InlineData("Pact")]
    [InlineData("Clean Architecture")]
    [InlineData("**Slides**")]
    [InlineData("GIL問題")]
    public void A_key_point_that_is_a_bare_term_is_not_offered(string term)
    {
        Assert.Equal(["Pact defines the contract in a Pactfile"], Candidates(term, "Pact defines the contract in a Pactfile"));
    }

    [Fact]
    public void A_key_point_that_only_repeats_the_title_is_not_offered()
    {
        Assert.Empty(Candidates("Asynchronous integration tests!"));
    }

    [Fact]
    public void A_sentence_written_without_spaces_is_not_a_bare_term()
    {
        Assert.Equal(["起動が遅い"], Candidates("起動が遅い"));
    }

    [Fact]
    public void The_summary_is_offered_when_the_key_points_are_bare_terms()
    {
        var talk = TalkBuilder.Talk("Contract testing").Points("Pact", "Pacto").About("Consumers publish the contract they rely on. Providers replay it.").Build();

        Assert.Equal(["Consumers publish the contract they rely on.", "Providers replay it."], KeyPointCandidates.Of(talk).Select(c => c.Text));
    }

    [Theory]
    [InlineData("Pact replays the contract", "pact replays the contract.")]
    [InlineData("Pact replays the contract", "**Pact** replays the *contract*")]
    [InlineData("Pact replays the contract", "- Pact replays  the contract!")]
    public void A_point_repeated_with_other_case_punctuation_or_markup_is_offered_once(string first, string again)
    {
        Assert.Equal([first], Candidates(first, again));
    }

    [Fact]
    public void Of_a_point_and_its_longer_version_the_longer_is_offered_where_the_first_stood()
    {
        Assert.Equal(
            ["Pact replays the contract against the provider", "Run it in CI"],
            Candidates("Pact replays the contract", "Run it in CI", "Pact replays the contract against the provider"));
    }

    [Theory]
    [InlineData("**Pact** defines the contract", "Pact defines the contract")]
    [InlineData("__Pact defines__ the contract", "Pact defines the contract")]
    [InlineData("[Pact](https://docs.pact.io) defines the contract", "Pact defines the contract")]
    [InlineData("<b>Pact</b> defines the contract", "Pact defines the contract")]
    [InlineData("{{< youtube abc >}} Pact defines the contract", "Pact defines the contract")]
    [InlineData("* 1. Pact defines the contract", "Pact defines the contract")]
    [InlineData("**Pact defines the contract", "Pact defines the contract")]
    [InlineData("__init__ runs before the contract", "__init__ runs before the contract")]
    public void A_point_is_offered_without_markup_residue(string written, string offered)
    {
        Assert.Equal([offered], Candidates(written));
    }
}
