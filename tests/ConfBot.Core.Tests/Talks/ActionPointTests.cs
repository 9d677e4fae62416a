using System.Text.Json;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Talks;

/// <summary>An action point is text the author marked as one, in whichever way people mark to-dos; nothing else is.</summary>
public sealed class ActionPointTests
{
    private static WriteUp Single(string note, string file = "note.md") => Assert.Single(NotesReader.WriteUps(note, file));

    [Fact]
    public void Github_checkboxes_are_action_points_and_keep_whether_they_are_ticked()
    {
        var writeUp = Single("""
            ## Cilium in production by Jane Doe
            - eBPF replaces kube-proxy.
            - [ ] Evaluate Hubble for flow logs
            - [x] Read the Cilium network policy docs
            """);
        Assert.Equal([new NotedActionPoint("Evaluate Hubble for flow logs"), new NotedActionPoint("Read the Cilium network policy docs", IsDone: true)], writeUp.ActionPoints);
        Assert.Equal(["eBPF replaces kube-proxy."], writeUp.KeyPoints);
    }

    [Fact]
    public void A_ticked_checkbox_makes_the_talks_action_point_done()
    {
        var folder = Directory.CreateTempSubdirectory("confbot-actions-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.md"), "## Karpenter deep dive\n- Bin packing by pod requests.\n- [x] Try Karpenter on staging\n- [ ] Compare with cluster-autoscaler\n");
            var talk = Assert.Single(NotesReader.LoadFolder(folder).Talks);
            Assert.Equal([("Try Karpenter on staging", true), ("Compare with cluster-autoscaler", false)], talk.ActionPoints.Select(a => (a.Text, a.IsDone)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_action_items_field_among_the_talks_fields_is_an_action_point()
    {
        var writeUp = Single("""
            ## Talk 3
            Title: Observability on a budget
            Speaker: Sam Lee
            Takeaways: sample traces at the edge, keep all errors
            Action items: Set up tail sampling in the collector
            """);
        Assert.Equal("Observability on a budget", writeUp.Title);
        Assert.Equal([new NotedActionPoint("Set up tail sampling in the collector")], writeUp.ActionPoints);
        Assert.Contains(writeUp.KeyPoints, p => p.Contains("sample traces at the edge", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_line_makes_the_list_under_it_action_points_and_the_list_ends_the_label()
    {
        var writeUp = Single("""
            ## Platform teams that scale
            Platform teams sell a product to internal customers.

            **Action items:**
            - Write a one-page charter for our platform team
            - Survey the app teams

            Golden paths beat mandates.
            - Paved roads need docs.
            """);
        Assert.Equal(["Write a one-page charter for our platform team", "Survey the app teams"], writeUp.ActionPoints.Select(a => a.Text));
        Assert.Contains("Paved roads need docs.", writeUp.KeyPoints);
    }

    [Fact]
    public void A_label_bullet_makes_only_its_sub_bullets_action_points()
    {
        var writeUp = Single("""
            ## Postgres at scale
            - Partition by time.
            - Follow-ups:
              - Benchmark pg_partman
              - Ask Ana about vacuum settings
            - Keep indexes small.
            """);
        Assert.Equal(["Benchmark pg_partman", "Ask Ana about vacuum settings"], writeUp.ActionPoints.Select(a => a.Text));
        Assert.Contains("Keep indexes small.", writeUp.KeyPoints);
    }

    [Fact]
    public void A_next_steps_heading_makes_its_section_action_points_inside_the_same_talk()
    {
        var writeUp = Single("""
            ## Service meshes without tears by Priya Patel
            - mTLS by default.

            ### Next steps (for the platform team)
            - Pilot Linkerd on one namespace
            """);
        Assert.Equal("Service meshes without tears", writeUp.Title);
        Assert.Equal(["Pilot Linkerd on one namespace"], writeUp.ActionPoints.Select(a => a.Text));
    }

    [Fact]
    public void Todo_and_done_headlines_as_org_writes_them_are_action_points_of_the_talk_above()
    {
        var writeUps = NotesReader.WriteUps("""
            ## Autoscaling Kubernetes by Lee Wong
            - Karpenter provisions nodes per pod.
            ### TODO Try Karpenter
            ### DONE Read the paper
            ## Another talk by Mia Chen
            - Something else.
            """);
        Assert.Equal(2, writeUps.Count);
        Assert.Equal([new NotedActionPoint("Try Karpenter"), new NotedActionPoint("Read the paper", IsDone: true)], writeUps[0].ActionPoints);
    }

    [Theory]
    [InlineData("- TODO Try Karpenter", "Try Karpenter")]
    [InlineData("TODO - get Brandon's code models for the solar system models.", "get Brandon's code models for the solar system models.")]
    [InlineData("- To do: read the SRE book", "read the SRE book")]
    [InlineData("Follow up - ask the speaker for the slides", "ask the speaker for the slides")]
    [InlineData("- [ ] Evaluate Hubble", "Evaluate Hubble")]
    public void A_line_that_starts_with_a_marker_is_an_action_point_without_it(string line, string action)
    {
        var writeUp = Single($"## Talk about Kubernetes by Ann Lee\n- Clusters are cattle.\n\n{line}\n");
        Assert.Equal([action], writeUp.ActionPoints.Select(a => a.Text));
    }

    [Fact]
    public void Text_checkboxes_in_a_plain_text_note_are_action_points_too()
    {
        var writeUp = Single("Chaos engineering on a budget\n\n- Start with game days.\n- [x] Schedule a game day\n- [ ] Write the runbook\n", "note.txt");
        Assert.Equal([new NotedActionPoint("Schedule a game day", IsDone: true), new NotedActionPoint("Write the runbook")], writeUp.ActionPoints);
    }

    [Fact]
    public void Checkboxes_in_an_html_export_are_action_points_and_keep_whether_they_are_ticked()
    {
        var writeUp = Single("""
            <!DOCTYPE html>
            <html><body>
            <h2>Cilium in production by Jane Doe</h2>
            <ul>
              <li>eBPF replaces kube-proxy.</li>
              <li><input type="checkbox" disabled> Evaluate Hubble</li>
              <li><input type="checkbox" checked disabled> Read the policy docs</li>
            </ul>
            <ul class="to-do-list"><li><div class="checkbox checkbox-on"></div> <span>Book the workshop</span></li></ul>
            </body></html>
            """, "export.html");
        Assert.Equal(
            [new NotedActionPoint("Evaluate Hubble"), new NotedActionPoint("Read the policy docs", IsDone: true), new NotedActionPoint("Book the workshop", IsDone: true)],
            writeUp.ActionPoints);
    }

    [Fact]
    public void Intentions_imperatives_ideas_takeaways_and_the_speakers_calls_to_action_are_not_action_points()
    {
        var writeUps = NotesReader.WriteUps("""
            ## Django's community is the best by Pat Kim
            I will try to go back and watch the video.
            - Should read up on how design sprints work
            - Idea: a sprint at our next meetup
            - check out the Django Girls tutorial
            - How to get better
              - action items
            - Actions
              - Plain objects that describe a change
            ### Takeaways
            - Humble communities listen to criticism.
            ### Actions
            - GitHub Actions run the release pipeline.
            ### Call To Action
            Be awesome. Use Django to do good things. Try it, work on it.
            """);
        var writeUp = Assert.Single(writeUps);
        Assert.Empty(writeUp.ActionPoints);
        Assert.Contains("Humble communities listen to criticism.", writeUp.KeyPoints);
    }

    [Fact]
    public void Corpus2_gives_only_the_action_points_its_gold_labels_whichever_reader_reads_a_note()
    {
        var gold = JsonSerializer.Deserialize<SeedsGold>(File.ReadAllText(Repository.TestData("corpus2-gold.json")))!;
        var labelled = gold.Talks.SelectMany(t => t.Talk.ActionPoints).Select(GoldMatcher.Normalise).ToList();
        var loaded = NotesReader.LoadFolder(Repository.TestData("corpus2")).Talks.SelectMany(t => t.ActionPoints).Select(a => a.Text);
        // Read as plain text too, so formats whose reader is still missing are held to the same rule.
        var asPlainText = Directory.EnumerateFiles(Repository.TestData("corpus2"))
            .SelectMany(f => NotesReader.WriteUps(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f) + ".txt"))
            .SelectMany(w => w.ActionPoints.Select(a => a.Text))
            .ToList();

        Assert.All(loaded.Concat(asPlainText).Select(GoldMatcher.Normalise), a => Assert.Contains(a, labelled));
        Assert.Equal(labelled, asPlainText.Select(GoldMatcher.Normalise));
    }
}
