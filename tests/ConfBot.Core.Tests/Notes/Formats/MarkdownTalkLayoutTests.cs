using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Notes.Reading;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes.Formats;

/// <summary>The ways talks are laid out in a markdown note: where one starts, and what stays inside it.</summary>
public sealed class MarkdownTalkLayoutTests
{
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
