using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Bot.Unfurls;
using ConfBot.Core.Links;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using ConfBot.Core.Talks;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ConfBot.Bot.Tests.Unfurls;

public sealed class TalkUnfurlsTests
{
    private const string Video = "https://youtu.be/dQw4w9WgXcQ";
    private static readonly BotContext InChannel = new("U1", "C1", BotSurface.LinkPreview);

    private readonly Mock<ITalkLinkLookup> _links = new();
    private readonly Mock<IKnowledgeBase> _knowledge = new();
    private readonly List<Talk> _catalog = [];
    private Mock<IActionPointStateStore> _states = ChecklistStates.Holding();

    public TalkUnfurlsTests()
    {
        _links.Setup(l => l.TalksFor(It.IsAny<string>())).Returns([]);
        _knowledge.Setup(k => k.Catalog).Returns(() => new TalkCatalog([.. _catalog], []));
    }

    [Fact]
    public async Task Previews_a_talk_with_the_teams_summary_its_write_ups_and_how_to_see_more()
    {
        var talk = Talk("devopsdays-2019-secrets", authors: ["Jane Doe", "Raj", "jane doe"]);
        Links(Video, talk);

        var unfurl = Assert.Single(await Unfurl(Video));

        Assert.Equal(Video, unfurl.Url);
        Assert.Equal($"""
            Working with Secrets
            Paul Stack  ·  DevOpsDays 2019
            How teams keep secrets out of git.
            3 write-ups, by Jane Doe and Raj · more with /confbot talk {ShortId(talk)}
            """.ReplaceLineEndings("\n"), ReplyText.Of(unfurl.Preview));
        Assert.Equal("Working with Secrets (DevOpsDays 2019): How teams keep secrets out of git.", unfurl.Preview.Summary);
    }

    [Fact]
    public async Task Counts_write_ups_without_authors_when_the_notes_name_none()
    {
        Links(Video, Talk("t", authors: [null]));

        var text = ReplyText.Of(Assert.Single(await Unfurl(Video)).Preview);

        Assert.Contains("1 write-up · more with", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_the_open_action_points_with_their_count_and_who_took_one()
    {
        var talk = Talk("t", actionPoints: ["Rotate the keys", "Audit the vault", "Write a runbook", "Ticked in the notes"], doneInNotes: 3);
        _states = ChecklistStates.Holding(
            new ActionPointState("t#ap0", ActionPointStatus.Done, "U2", DateTimeOffset.UnixEpoch),
            new ActionPointState("t#ap1", ActionPointStatus.Claimed, "U3", DateTimeOffset.UnixEpoch));
        Links(Video, talk);

        var text = ReplyText.Of(Assert.Single(await Unfurl(Video)).Preview);

        Assert.Contains("""
            Open action points (2)
            • Audit the vault — taken by @U3
            • Write a runbook
            """.ReplaceLineEndings("\n"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rotate the keys", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ticked in the notes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_a_few_open_action_points_and_counts_the_rest()
    {
        Links(Video, Talk("t", actionPoints: ["One", "Two", "Three", "Four", "Five"]));

        var text = ReplyText.Of(Assert.Single(await Unfurl(Video)).Preview);

        Assert.Contains("Open action points (5)\n• One\n• Two\n• Three\nand 2 more", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Four", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_nothing_of_action_points_when_none_is_open()
    {
        Links(Video, Talk("t", actionPoints: ["Done already"], doneInNotes: 0));

        var text = ReplyText.Of(Assert.Single(await Unfurl(Video)).Preview);

        Assert.DoesNotContain("action points", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Leaves_a_link_no_talk_gives_to_the_chat_and_reads_no_checklist()
    {
        Links(Video, Talk("t"));

        var unfurls = await Unfurl("https://example.com/elsewhere", "https://example.com/other");

        Assert.Empty(unfurls);
        _states.Verify(s => s.GetManyAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Previews_each_matched_link_of_a_message_once_reading_the_checklist_once()
    {
        const string slides = "https://speakerdeck.com/paul/secrets";
        Links(Video, Talk("a", actionPoints: ["Rotate the keys"]));
        Links(slides, Talk("b", title: "Capacity planning"));

        var unfurls = await Unfurl(Video, "https://example.com/not-a-talk", slides, Video);

        Assert.Equal([Video, slides], unfurls.Select(u => u.Url));
        Assert.StartsWith("Capacity planning", ReplyText.Of(unfurls[1].Preview), StringComparison.Ordinal);
        _states.Verify(s => s.GetManyAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Names_the_other_talks_that_give_the_same_link()
    {
        Links(Video, Talk("a"), Talk("b", title: "Day one recap"), Talk("c", title: "Hallway track"), Talk("d", title: "Closing"));

        var preview = Assert.Single(await Unfurl(Video)).Preview;

        Assert.StartsWith("Working with Secrets", ReplyText.Of(preview), StringComparison.Ordinal);
        Assert.Contains("The notes give this link for “Day one recap”, “Hallway track” and 1 more too.", ReplyText.Of(preview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hints_with_the_workspaces_own_command()
    {
        var talk = Talk("kubecon-2023-keynote");
        Links(Video, talk);

        var preview = Assert.Single(await Unfurl([Video], InChannel with { CommandName = "/notes" })).Preview;

        Assert.Contains($"more with /notes talk {ShortId(talk)}", ReplyText.Of(preview), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{8}$", ShortId(talk));
    }

    private Task<IReadOnlyList<UnfurledLink>> Unfurl(params string[] urls) => Unfurl(urls, InChannel);

    private Task<IReadOnlyList<UnfurledLink>> Unfurl(string[] urls, BotContext context) =>
        TestBot.Services(knowledge: _knowledge.Object, states: _states.Object, links: _links.Object).GetRequiredService<TalkUnfurls>().ForAsync(urls, context, CancellationToken.None);

    private void Links(string url, params Talk[] talks)
    {
        _links.Setup(l => l.TalksFor(url)).Returns(talks);
        _catalog.AddRange(talks);
    }

    private string ShortId(Talk talk) => new TalkCatalog([.. _catalog], []).ShortId(talk);

    private static Talk Talk(string id, string title = "Working with Secrets", string?[]? authors = null, string[]? actionPoints = null, int? doneInNotes = null) =>
        DigestSamples.Talk(id, title) with
        {
            Sources = [.. (authors ?? [null]).Select((a, i) => new NoteSource($"n{i}.md", 1, title) { Note = new NoteAttribution(null, a, null) })],
            ActionPoints = [.. (actionPoints ?? []).Select((text, i) => new ActionPoint($"{id}#ap{i}", text, new NoteSource("n.md", i, title), IsDone: i == doneInNotes))],
        };
}
