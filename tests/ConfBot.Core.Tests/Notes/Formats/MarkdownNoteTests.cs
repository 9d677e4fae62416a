using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Notes.Reading;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes.Formats;

/// <summary>Markdown, and the syntax site generators add to it, read the way its writer meant it.</summary>
public sealed class MarkdownNoteTests
{
    [Fact]
    public void Hugo_shortcodes_become_video_and_tweet_links()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            ---
            title: KubeCon 2023 notes
            ---
            ## Scaling etcd by Jane Doe
            A talk about etcd compaction and defragmentation at scale.
            {{<youtube abc123XYZ>}}
            {{< tweet 12345 >}}
            """));
        Assert.Contains(writeUp.Links, l => l.Kind == LinkKind.Video && l.Url.EndsWith("abc123XYZ", StringComparison.Ordinal));
        Assert.Contains(writeUp.Links, l => l.Kind == LinkKind.Tweet && l.Url.Contains("12345", StringComparison.Ordinal));
        Assert.Equal("KubeCon", writeUp.Conference);
        Assert.Equal(2023, writeUp.Year);
    }

    [Fact]
    public void Github_task_list_items_are_marked_to_do_or_done_without_their_box()
    {
        var items = NotesReader.Blocks("""
            ## Cilium deep dive by Ann Lee
            - [ ] Evaluate Hubble
            - [x] Read the eBPF paper
            - eBPF replaces iptables
            """, "kubecon.md").Where(b => b.Kind == BlockKind.Item);
        Assert.Equal([("Evaluate Hubble", "TODO"), ("Read the eBPF paper", "DONE"), ("eBPF replaces iptables", null)], items.Select(b => (b.Text, b.Mark)));
    }

    [Fact]
    public void A_jbake_header_is_front_matter_not_the_opening_of_a_code_block()
    {
        var reading = new NoteFormats().Read("javaland.md", """
            title=Jatumba!
            date=2016-3-10
            tags=spock, geb
            ~~~~~~

            * [Dierk König](https://twitter.com/mittie) "Fun in GroovyLand": super Vortragsstil
            """u8.ToArray(), 5 * 1024 * 1024);
        Assert.Equal(("Jatumba!", new DateOnly(2016, 3, 10)), (reading.Note!.Metadata.Title, reading.Note.Metadata.Date));
        Assert.Equal(["spock", "geb"], reading.Note.Metadata.Tags);
        Assert.Equal("6 Item Dierk König \"Fun in GroovyLand\": super Vortragsstil", $"{reading.Blocks.Single().Line} {reading.Blocks.Single().Kind} {reading.Blocks.Single().Text}");
    }

    [Fact]
    public void Toml_front_matter_names_the_conference()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            +++
            title = "My SREcon 2022 notes"
            date = 2022-03-20
            +++
            ## Error budgets in practice
            - Spend the budget on releases, not on toil.
            """));
        Assert.Equal("SREcon", writeUp.Conference);
        Assert.Equal(2022, writeUp.Year);
    }

    [Fact]
    public void Inline_action_point_marker_splits_the_point_from_the_action()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            ## Ana Silva - Shopify
            Ana talked about load shedding in Ruby services.

            * [Semian](https://github.com/Shopify/semian) is their circuit breaker. **Action point:** try Semian on the API gateway.
            """));
        Assert.Equal([new NotedActionPoint("try Semian on the API gateway.")], writeUp.ActionPoints);
        Assert.Contains(writeUp.KeyPoints, p => p.StartsWith("Semian is their circuit breaker", StringComparison.Ordinal));
        Assert.Equal("Ana Silva (Shopify): load shedding in Ruby services", writeUp.Title);
        Assert.True(writeUp.TitleIsDerived);
    }

    [Fact]
    public void Raw_html_anchor_in_markdown_is_a_link()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            ## Observability 101
            - See <a href="https://example.org/blog/otel">the OTel primer</a> for setup.
            """));
        Assert.Contains(writeUp.Links, l => l.Url == "https://example.org/blog/otel" && l.Text == "the OTel primer");
    }
}
