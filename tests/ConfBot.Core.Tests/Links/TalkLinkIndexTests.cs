using ConfBot.Core.Links;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.Search;

namespace ConfBot.Core.Tests.Links;

public sealed class TalkLinkIndexTests
{
    private static readonly Talk Secrets = TalkBuilder.Talk("Working with Secrets").At("DevOpsDays", 2019)
        .Link("https://www.youtube.com/watch?v=dQw4w9WgXcQ", LinkKind.Video)
        .Link("https://speakerdeck.com/paul/working-with-secrets/", LinkKind.Slides).Build();

    private static readonly Talk Capacity = TalkBuilder.Talk("Capacity planning").At("SREcon", 2023)
        .Link("https://conf.example/schedule#capacity", LinkKind.TalkPage)
        .Link("https://player.vimeo.com/video/76979871", LinkKind.Video).Build();

    private static readonly Talk Chaos = TalkBuilder.Talk("Chaos in production").At("SREcon", 2023)
        .Link("https://conf.example/schedule#chaos", LinkKind.TalkPage)
        .Link("https://example.com/chaos", LinkKind.Article)
        .Link("https://www.example.com/chaos/", LinkKind.Other).Build();

    private static readonly TalkLinkIndex Index = TalkLinkIndex.Build(new TalkCatalog([Secrets, Capacity, Chaos], []));

    [Theory]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=xyz", "Working with Secrets")]
    [InlineData("http://speakerdeck.com/paul/working-with-secrets?utm_source=slack", "Working with Secrets")]
    [InlineData("https://vimeo.com/76979871", "Capacity planning")]
    [InlineData("https://conf.example/schedule#chaos", "Chaos in production")]
    [InlineData("https://example.com/chaos#comments", "Chaos in production")]
    public void Finds_the_talk_a_pasted_link_belongs_to(string pasted, string title) =>
        Assert.Equal(title, Assert.Single(Index.Find(pasted)).Title);

    [Theory]
    [InlineData("https://youtu.be/dQw4w9WgXcR")]
    [InlineData("https://speakerdeck.com/paul/working-with-kubernetes")]
    [InlineData("https://conf.example/schedule")]
    [InlineData("https://conf.example/schedule#keynote")]
    [InlineData("https://example.com/")]
    [InlineData("mailto:paul@example.com")]
    public void Finds_no_talk_for_a_link_no_note_gives(string pasted) =>
        Assert.Empty(Index.Find(pasted));

    [Fact]
    public void Finds_the_one_talk_that_links_into_a_page_by_the_page_alone()
    {
        var index = TalkLinkIndex.Build(new TalkCatalog([Capacity], []));

        Assert.Same(Capacity, Assert.Single(index.Find("https://conf.example/schedule")));
    }

    [Fact]
    public void Lists_every_talk_that_gives_a_link_once_in_catalog_order()
    {
        var recap = TalkBuilder.Talk("Conference recap").At("DevOpsDays", 2019).Link("https://youtu.be/dQw4w9WgXcQ", LinkKind.Video).Build();
        var index = TalkLinkIndex.Build(new TalkCatalog([Secrets, Chaos, recap], []));

        Assert.Equal([Secrets, recap], index.Find("https://www.youtube.com/embed/dQw4w9WgXcQ"));
        Assert.Equal([Chaos], index.Find("https://example.com/chaos"));
    }

    [Fact]
    public void Looks_up_many_links_in_microseconds()
    {
        var talks = Enumerable.Range(0, 5_000)
            .Select(i => TalkBuilder.Talk($"Talk {i}").At("Conf", 2020).Link($"https://conf.example/talks/{i}", LinkKind.TalkPage).Link($"https://youtu.be/{i:D11}", LinkKind.Video).Build())
            .ToList();
        var index = TalkLinkIndex.Build(new TalkCatalog(talks, []));
        var pasted = Enumerable.Range(0, 1_000).Select(i => $"https://www.youtube.com/watch?v={i * 5:D11}&utm_source=slack").ToList();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var found = pasted.Count(url => index.Find(url).Count == 1);
        clock.Stop();

        Assert.Equal(1_000, found);
        // Generous for a shared CI machine: a dictionary lookup is a few microseconds, a scan of 10,000 links is not.
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(200), $"1,000 lookups took {clock.Elapsed.TotalMilliseconds} ms");
    }
}
