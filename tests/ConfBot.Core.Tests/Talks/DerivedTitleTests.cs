using ConfBot.Core.Talks;
using ConfBot.Core.Talks.Building;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Talks;

public sealed class DerivedTitleTests
{
    [Theory]
    [InlineData("Nick talked about deployment pipelines - e.g. a series of steps.", "Nick Walker (Vend): deployment pipelines")]
    [InlineData("Nick talked about running Node.js at scale.", "Nick Walker (Vend): running Node.js at scale")]
    [InlineData("Kind of interesting talk about the architecture of TAB.co.nz - [four tier app](https://example.org/4).", "Nick Walker (Vend): the architecture of TAB.co.nz")]
    [InlineData("Nick talked about the way teams move from a monolith into services.", "Nick Walker (Vend): the way teams move from a monolith")]
    [InlineData("Nick talked about observability e.g. traces.", "Nick Walker (Vend): observability")]
    [InlineData("Nick talked about why monitoring matters with the how.", "Nick Walker (Vend): why monitoring matters with the how")]
    [InlineData("Nick talked about debugging services at Vend.", "Nick Walker (Vend): debugging services at Vend")]
    [InlineData("Nick talked about tracing, and then logs.", "Nick Walker (Vend): tracing")]
    public void A_topic_taken_from_the_notes_ends_at_a_whole_word(string sentence, string expected)
    {
        var writeUp = Assert.Single(NotesReader.WriteUps($"""
            ### Nick Walker - Vend:
            {sentence}
            """, "scale.md"));

        Assert.Equal(expected, writeUp.Title);
    }

    [Theory]
    [InlineData("Secrets management for everyone who runs services", 20, "Secrets management…")]
    [InlineData("deployment pipelines - everything else", 23, "deployment pipelines…")]
    [InlineData("Supercalifragilistic", 10, "Supercali…")]
    [InlineData("Short", 10, "Short")]
    public void Shortened_text_is_cut_at_the_last_word_that_fits(string text, int max, string expected)
    {
        Assert.Equal(expected, Sentences.Shorten(text, max));
    }

    [Fact]
    public void Speakers_the_title_already_names_are_not_named_again()
    {
        var talk = new Talk { Id = "t", Title = "Nick Walker (Vend): debugging services", Speakers = ["Nick Walker", "Ann Smith"] };

        Assert.Equal(["Ann Smith"], talk.SpeakersNotInTitle);
    }

    [Fact]
    public void A_speaker_is_in_the_title_only_as_whole_words()
    {
        var talk = new Talk { Id = "t", Title = "Announcing Kubernetes operators, by Ann", Speakers = ["Ann", "Kube"] };

        Assert.Equal(["Kube"], talk.SpeakersNotInTitle);
    }
}
