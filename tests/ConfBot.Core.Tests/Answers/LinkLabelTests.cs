using ConfBot.Core.Answers;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.Answers;

public sealed class LinkLabelTests
{
    [Theory]
    [InlineData("https://www.slideshare.net/bytebot/capacity", LinkKind.Slides, "Slides", "Slides · slideshare.net")]
    [InlineData("https://www.youtube.com/watch?v=Ib97tX8P1o4", LinkKind.Video, "Video", "Video · youtube.com")]
    [InlineData("https://2017.rootconf.in/talks/42", LinkKind.TalkPage, "Capacity planning", "Talk page · 2017.rootconf.in")]
    [InlineData("https://github.com/gga/janus", LinkKind.Repository, "janus", "Code · github.com")]
    public void A_link_people_look_for_is_labelled_by_kind_and_host(string url, LinkKind kind, string text, string expected)
    {
        Assert.Equal(expected, LinkLabel.For(new TalkLink(url, kind, text)));
    }

    [Fact]
    public void Another_link_is_labelled_by_the_notes_words_when_they_say_something()
    {
        var link = new TalkLink("https://martinfowler.com/articles/consumerDrivenContracts.html", LinkKind.Article, "Consumer Driven Contracts");

        Assert.Equal("Consumer Driven Contracts", LinkLabel.For(link));
    }

    [Theory]
    [InlineData("Link")]
    [InlineData("here")]
    [InlineData("click here")]
    [InlineData("")]
    [InlineData("https://example.com/a")]
    public void Another_link_whose_words_say_nothing_is_labelled_by_its_host(string text)
    {
        Assert.Equal("Link · example.com", LinkLabel.For(new TalkLink("https://example.com/a", LinkKind.Other, text)));
    }

    [Fact]
    public void A_link_is_never_labelled_with_its_kind_twice()
    {
        Assert.Equal("Slides · speakerdeck.com", LinkLabel.For(new TalkLink("https://speakerdeck.com/x/y", LinkKind.Slides, "Slides")));
    }

    [Fact]
    public void The_links_left_out_are_counted()
    {
        Assert.Equal(["1 more link", "6 more links"], [LinkLabel.More(1), LinkLabel.More(6)]);
    }
}
