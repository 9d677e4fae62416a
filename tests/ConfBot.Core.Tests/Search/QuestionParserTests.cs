using ConfBot.Core.Search;

namespace ConfBot.Core.Tests.Search;

public sealed class QuestionParserTests
{
    [Theory]
    [InlineData("how do I monitor a clojure service", "monitor clojure service")]
    [InlineData("What did people say about Kubernetes deployments?", "kubernetes deployments")]
    [InlineData("what did anyone learn about secrets management", "secrets management")]
    [InlineData("Who talked about Vault at ScaleConf", "vault scaleconf")]
    [InlineData("what should be PID 1 in a container", "pid 1 container")]
    public void Strips_question_words_and_keeps_the_meaning_words(string question, string meaning)
    {
        var query = QuestionParser.Parse(question);

        Assert.Equal(meaning, string.Join(' ', query.Words));
    }

    [Fact]
    public void Takes_conference_year_and_words_from_filters()
    {
        var query = QuestionParser.Parse("conference:rootconf year:2017 secrets");

        Assert.Equal("rootconf", query.Conference);
        Assert.Equal(2017, query.Year);
        Assert.Equal(["secrets"], query.Words);
    }

    [Fact]
    public void Takes_a_quoted_speaker_name()
    {
        var query = QuestionParser.Parse("speaker:\"paul stack\" vault");

        Assert.Equal("paul stack", query.Speaker);
        Assert.Equal(["vault"], query.Words);
    }

    [Fact]
    public void A_question_of_only_question_words_is_empty()
    {
        Assert.True(QuestionParser.Parse("what did people say about?").IsEmpty);
    }
}
