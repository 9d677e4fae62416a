using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Notes.Reading;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes.Formats;

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
    public void Talk_prefix_speaker_field_takeaways_and_action_items_are_understood()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            # DevOpsDays Amsterdam 2024

            ## Talk: Chaos engineering on a budget
            Speaker: Maria Lopez (@mlopez), Acme Corp
            Slides: https://speakerdeck.com/mlopez/chaos-on-a-budget

            ### Takeaways
            - Start with game days before tooling.
            - Blast radius first, then frequency.

            ### Action items
            - Run a game day on the payments service.
            - TODO: write the steady-state hypothesis for checkout.
            """));
        Assert.Equal("Chaos engineering on a budget", writeUp.Title);
        Assert.Equal(["Maria Lopez (@mlopez)"], writeUp.Speakers);
        Assert.Contains(writeUp.Links, l => l.Kind == LinkKind.Slides);
        Assert.Contains("Start with game days before tooling.", writeUp.KeyPoints);
        Assert.Equal(2, writeUp.ActionPoints.Count);
        Assert.Contains(new NotedActionPoint("write the steady-state hypothesis for checkout."), writeUp.ActionPoints);
        Assert.Equal("DevOpsDays Amsterdam", writeUp.Conference);
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
    public void Break_and_sponsor_sections_are_not_talks()
    {
        var writeUps = NotesReader.WriteUps("""
            # PyCon 2019
            ## Lunch Break
            Pizza.
            ## Our sponsors
            ### Gold
            Acme
            ## Typing at scale by @guido
            - Gradual typing works.
            """);
        Assert.Equal("Typing at scale", Assert.Single(writeUps).Title);
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

    [Fact]
    public void Trip_report_title_is_not_a_talk_and_sub_headings_stay_inside_their_talk()
    {
        var writeUps = NotesReader.WriteUps("""
            # What I learned in Barcelona
            A great week at the conference.

            ## Scaling Prometheus with Thanos
            ### Architecture
            - Sidecars upload blocks to object storage.
            ### Lessons learned
            - Compaction needs memory.
            ### Cost
            - S3 requests add up.

            ## eBPF for networking
            ### Why
            - Kernel-level visibility.
            ### Demo
            - Cilium Hubble UI.
            """);
        Assert.Equal(["Scaling Prometheus with Thanos", "eBPF for networking"], writeUps.Select(w => w.Title));
        Assert.Contains("Compaction needs memory.", writeUps[0].KeyPoints);
    }

    [Fact]
    public void One_talk_file_with_speaker_in_its_title_keeps_its_sections()
    {
        var writeUps = NotesReader.WriteUps("""
            # Running Postgres on Kubernetes by Sam Patel
            ## Problem
            - Stateful sets are not enough.
            ## Operators compared
            - CloudNativePG vs Zalando.
            """);
        var talk = Assert.Single(writeUps);
        Assert.Equal(["Sam Patel"], talk.Speakers);
        Assert.Equal(2, talk.KeyPoints.Count);
    }

    [Fact]
    public void A_list_of_talks_with_nested_points_and_no_headings_gives_one_talk_per_item()
    {
        var writeUps = NotesReader.WriteUps("""
            Notes from HashiConf 2019:

            - **Terraform 0.12 deep dive** by Paul Hinze
              - HCL2 has first-class expressions.
              - `for_each` on resources is coming.
            - **Consul Connect in production** by Jane Doe
              - Envoy as the sidecar.
            """);
        Assert.Equal(["Terraform 0.12 deep dive", "Consul Connect in production"], writeUps.Select(w => w.Title));
        Assert.Equal(["Paul Hinze"], writeUps[0].Speakers);
        Assert.Equal(2, writeUps[0].KeyPoints.Count);
        Assert.All(writeUps, w => Assert.Equal("HashiConf", w.Conference));
    }

    [Fact]
    public void Bold_lines_head_talks_in_a_document_without_headings()
    {
        var writeUps = NotesReader.WriteUps("""
            Velocity 2015 – my notes

            **10:30 – Building resilient frontends (Ana Costa, Netflix)**

            - Fallback UIs for every dependency.

            **11:15 – Incident command for startups**

            The incident commander never debugs.
            """);
        Assert.Equal(["Building resilient frontends", "Incident command for startups"], writeUps.Select(w => w.Title));
        Assert.Equal(["Ana Costa"], writeUps[0].Speakers);
        Assert.Equal("Netflix", writeUps[0].Company);
    }
}
