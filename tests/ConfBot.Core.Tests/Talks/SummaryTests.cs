using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Talks;

/// <summary>A summary says what the talk was about: the write-up's most central sentence, never the author's verdict.</summary>
public sealed class SummaryTests
{
    private static string? SummaryOf(string note) => Assert.Single(NotesReader.WriteUps(note)).Summary;

    [Fact]
    public void A_write_up_that_opens_with_an_opinion_is_summed_up_by_what_the_talk_covered()
    {
        var summary = SummaryOf("""
            ## Zero-downtime Postgres upgrades by Ravi Kumar
            Overall a really nice talk, I enjoyed it a lot.

            Ravi walked through upgrading Postgres clusters with logical replication instead of pg_upgrade.
            Logical replication lets the new Postgres version catch up while the old cluster keeps serving writes.
            The cut-over pauses writes for seconds, and replication slots must be dropped afterwards.
            """);
        Assert.Equal("Ravi walked through upgrading Postgres clusters with logical replication instead of pg_upgrade.", summary);
    }

    [Fact]
    public void A_verdict_clause_is_cut_from_the_sentence_that_says_what_the_talk_was()
    {
        var summary = SummaryOf("""
            ## Working with secrets by Shrey Agarwal
            While I had expectations of this talk, this was mostly a primer on Hashicorp Vault:

            - Vault architecture: a multi-part master key seals and unseals Vault
            - Vault CLI usage
            """);
        Assert.Equal("This was mostly a primer on Hashicorp Vault", summary);
    }

    [Fact]
    public void The_summary_is_the_central_sentence_not_the_first()
    {
        var summary = SummaryOf("""
            ## Scaling Prometheus by Lin Ma
            The room was packed and the wifi was down.

            Thanos gives Prometheus long-term storage by uploading blocks to object storage.
            The Thanos querier fans out to every Prometheus sidecar and the store gateway.
            Compaction of Prometheus blocks in object storage needs a lot of memory.
            """);
        Assert.Contains("Thanos", summary);
        Assert.DoesNotContain("wifi", summary);
    }

    [Fact]
    public void A_write_up_of_bullets_is_summed_up_by_its_central_bullets_not_its_link_labels()
    {
        var summary = SummaryOf("""
            ## Pattern matching in Java by Simon Ritter
            - [Slides](https://example.org/slides)
            - Records and sealed types make pattern matching exhaustive
            - Pattern matching for switch arrived in Java 21
            - Record patterns deconstruct nested records in one pattern
            """);
        Assert.NotNull(summary);
        Assert.DoesNotContain("Slides", summary);
        Assert.Contains("pattern", summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Link_labels_and_a_bold_byline_are_never_the_summary()
    {
        var summary = SummaryOf("""
            ## The evolution of evolutionary architecture
            **Rebecca Parsons, ThoughtWorks CTO**

            - [Abstract and schedule page](https://example.org/abstract)
            - Slides (TBD)
            - Evolutionary architecture makes change cheap
            - Database migrations are part of the architecture
            """);
        Assert.Equal("Evolutionary architecture makes change cheap; Database migrations are part of the architecture", summary);
    }

    [Theory]
    [InlineData("Kind of a neat idea about a four tier app, albeit applied to a terrible cause.", "Kind of a neat idea about a four tier app.")]
    [InlineData("While Amazon started off as a monolith, they broke services off early on.", "While Amazon started off as a monolith, they broke services off early on.")]
    [InlineData("He showed how Thanos compacts blocks, but I missed the end of it.", "He showed how Thanos compacts blocks.")]
    [InlineData("Day 2 had a talk on Ansible (one which I missed, but it may have been good).", "Day 2 had a talk on Ansible.")]
    [InlineData("Nick talked about debugging services (not necessarily microservices).", "Nick talked about debugging services (not necessarily microservices).")]
    public void Only_a_clause_that_voices_an_opinion_is_cut(string sentence, string expected)
    {
        Assert.Equal(expected, ConfBot.Core.Talks.Building.Verdicts.WithoutVerdictClauses(sentence));
    }
}
