using ConfBot.Core.Talks;
using ConfBot.Core.Talks.Building;

namespace ConfBot.Core.Tests.Talks;

public sealed class LinkClassifierTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=czes-oa0yik", "", LinkKind.Video)]
    [InlineData("https://youtu.be/abc", "", LinkKind.Video)]
    [InlineData("https://www.slideshare.net/bytebot/capacity-planning", "", LinkKind.Slides)]
    [InlineData("https://speakerdeck.com/manan/necessary-tooling", "", LinkKind.Slides)]
    [InlineData("https://docs.google.com/presentation/d/1ajD/edit", "", LinkKind.Slides)]
    [InlineData("http://www.toshaan.com/files/intro.pdf", "Slides", LinkKind.Slides)]
    [InlineData("https://github.com/mapbox/spotswap", "spotswap", LinkKind.Repository)]
    [InlineData("https://twitter.com/i/web/status/863102273752322048", "", LinkKind.Tweet)]
    [InlineData("https://rootconf.talkfunnel.com/2017/58-working-with-secrets", "", LinkKind.TalkPage)]
    [InlineData("https://kccncna19.sched.com/event/UaXY/keynote", "", LinkKind.TalkPage)]
    [InlineData("https://martinfowler.com/articles/consumerDrivenContracts.html", "", LinkKind.Article)]
    [InlineData("https://getkong.org/", "Kong", LinkKind.Other)]
    public void Classifies_by_address_and_label(string url, string text, LinkKind expected) =>
        Assert.Equal(expected, LinkClassifier.Classify(url, text));

    [Theory]
    [InlineData("https://twitter.com/kunalgrover05", true)]
    [InlineData("https://twitter.com/i/web/status/1", false)]
    [InlineData("https://github.com/mapbox/spotswap", false)]
    public void Speaker_profiles_are_recognised(string url, bool isProfile) =>
        Assert.Equal(isProfile, LinkClassifier.IsProfile(url));
}
