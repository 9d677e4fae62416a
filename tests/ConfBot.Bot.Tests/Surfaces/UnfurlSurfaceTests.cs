using ConfBot.Bot.Slack.Surfaces;
using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Bot.Unfurls;
using ConfBot.Core.Links;
using ConfBot.Slack;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Events;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace ConfBot.Bot.Tests.Surfaces;

public sealed class UnfurlSurfaceTests
{
    // As Slack sends it: the link's "&" escaped (python-slack-events-api issue #49).
    private const string Pasted = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42";

    private readonly Mock<ISlackApiClient> _slack = new();
    private readonly Mock<ITalkLinkLookup> _links = new();

    public UnfurlSurfaceTests() => _links.Setup(l => l.TalksFor(It.IsAny<string>())).Returns([]);

    [Fact]
    public async Task Unfurls_the_links_that_belong_to_talks_under_the_url_slack_gave()
    {
        _links.Setup(l => l.TalksFor(Pasted)).Returns([DigestSamples.Talk("devopsdays-2019-secrets")]);
        LinkUnfurl? sent = null;
        _slack.Setup(s => s.UnfurlAsync(It.IsAny<LinkUnfurl>(), It.IsAny<CancellationToken>())).Callback((LinkUnfurl u, CancellationToken _) => sent = u).Returns(Task.CompletedTask);

        await Surface().Handle(Shared(Pasted, "https://example.com/elsewhere"), CancellationToken.None);

        Assert.NotNull(sent);
        Assert.Equal(("C1", "1700000000.000100"), (sent.Channel, sent.Ts));
        var preview = Assert.Single(sent.Unfurls);
        Assert.Equal(Pasted, preview.Key);
        Assert.Contains(preview.Value.Blocks.OfType<SectionBlock>(), b => b.Text?.Text.Contains("*Working with Secrets*", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Leaves_links_no_talk_gives_to_slack()
    {
        await Surface().Handle(Shared("https://example.com/elsewhere"), CancellationToken.None);

        _slack.Verify(s => s.UnfurlAsync(It.IsAny<LinkUnfurl>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Leaves_links_off_the_configured_unfurl_domains_to_slack()
    {
        _links.Setup(l => l.TalksFor(It.IsAny<string>())).Returns([DigestSamples.Talk("devopsdays-2019-secrets")]);

        await Surface(unfurlDomains: ["slides.example.org"]).Handle(Shared(Pasted), CancellationToken.None);

        _slack.Verify(s => s.UnfurlAsync(It.IsAny<LinkUnfurl>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData("youtube.com")]
    [InlineData("WWW.YouTube.com")]
    public async Task Unfurls_links_on_a_configured_domain_or_its_subdomains(string domain)
    {
        _links.Setup(l => l.TalksFor(Pasted)).Returns([DigestSamples.Talk("devopsdays-2019-secrets")]);

        await Surface(unfurlDomains: [domain]).Handle(Shared(Pasted), CancellationToken.None);

        _slack.Verify(s => s.UnfurlAsync(It.IsAny<LinkUnfurl>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private UnfurlSurface Surface(string[]? unfurlDomains = null)
    {
        var options = Options.Create(new SlackOptions { UnfurlDomains = unfurlDomains ?? [] });
        return new(
            TestBot.Services(states: ChecklistStates.Holding().Object, links: _links.Object).GetRequiredService<TalkUnfurls>(),
            new SlackContexts(options),
            _slack.Object,
            options);
    }

    private static LinkShared Shared(params string[] urls) => new()
    {
        Type = "link_shared",
        Channel = "C1",
        User = "U1",
        MessageTs = "1700000000.000100",
        Links = [.. urls.Select(u => new SharedLink(new Uri(u).Host, u))],
    };
}
