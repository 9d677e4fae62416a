using ConfBot.Core.Links;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.Links;

public sealed class TalkLinkLookupTests : IDisposable
{
    private readonly KnowledgeBase _knowledge = new(new FakeNotesLoader(), Options.Create(new SearchOptions()), TimeProvider.System, NullLogger<KnowledgeBase>.Instance);

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public void Answers_from_the_notes_served_when_it_was_made()
    {
        _knowledge.Publish(Catalog(Talk("Working with Secrets", "https://youtu.be/dQw4w9WgXcQ")));
        using var lookup = new TalkLinkLookup(_knowledge);

        Assert.Equal("Working with Secrets", Assert.Single(lookup.TalksFor("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).Title);
    }

    [Fact]
    public void Follows_the_notes_as_they_are_reloaded()
    {
        using var lookup = new TalkLinkLookup(_knowledge);
        Assert.Empty(lookup.TalksFor("https://youtu.be/dQw4w9WgXcQ"));

        _knowledge.Publish(Catalog(Talk("Working with Secrets", "https://youtu.be/dQw4w9WgXcQ")));
        Assert.Single(lookup.TalksFor("https://youtu.be/dQw4w9WgXcQ"));

        _knowledge.Publish(Catalog(Talk("Capacity planning", "https://vimeo.com/76979871")));
        Assert.Empty(lookup.TalksFor("https://youtu.be/dQw4w9WgXcQ"));
        Assert.Single(lookup.TalksFor("https://player.vimeo.com/video/76979871"));
    }

    private static Talk Talk(string title, string url) => TalkBuilder.Talk(title).Link(url, LinkKind.Video).Build();

    private static TalkCatalog Catalog(params Talk[] talks) => new(talks, []);
}
