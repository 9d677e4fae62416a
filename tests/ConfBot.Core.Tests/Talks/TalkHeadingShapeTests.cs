using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Talks;

/// <summary>Talks headed in ways beyond one plain heading per talk: fields, speaker-only headings, groups, exports and rooms.</summary>
public sealed class TalkHeadingShapeTests
{
    [Fact]
    public void A_generic_heading_takes_its_title_from_a_topic_field()
    {
        var talks = NotesReader.WriteUps("""
            # Meetup notes

            ## Talk 1

            __Topic__: Zero-downtime Postgres migrations
            __Speaker__: Lena Fischer

            - expand, migrate, contract
            - never rename a column in one step

            ## Talk 2

            **Topic:** Feature flags at scale
            - flags are debt: give each one an owner and an expiry date
            """);

        Assert.Equal(["Zero-downtime Postgres migrations", "Feature flags at scale"], talks.Select(t => t.Title));
        Assert.Equal("Lena Fischer", Assert.Single(talks[0].Speakers));
    }

    [Fact]
    public void A_talk_written_as_labelled_fields_reads_each_field()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            ## Session 3

            Title: Platform Teams That People Want to Use
            Speaker(s): Kim Nguyen, Ravi Patel
            Slides: https://speakerdeck.com/kim/platform-teams
            Video: https://www.youtube.com/watch?v=plat123

            Takeaways:
            - treat the platform as a product with users
            - paved roads beat mandates
            """));

        Assert.Equal("Platform Teams That People Want to Use", writeUp.Title);
        Assert.Equal(["Kim Nguyen", "Ravi Patel"], writeUp.Speakers);
        Assert.Contains(writeUp.Links, l => l.Kind == LinkKind.Slides);
        Assert.Contains(writeUp.Links, l => l.Kind == LinkKind.Video);
        Assert.Contains(writeUp.KeyPoints, k => k.Contains("paved roads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_naming_only_the_speaker_of_a_keynote_takes_the_title_from_the_next_line()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            ## Keynote: Yenny Cheung

            * Why You Should Pursue Public Speaking and How to Get There
            * practise with a dry run in front of friends
            """));

        Assert.Equal("Why You Should Pursue Public Speaking and How to Get There", writeUp.Title);
        Assert.Equal("Yenny Cheung", Assert.Single(writeUp.Speakers));
    }

    [Fact]
    public void Sections_grouping_talks_open_no_talk_of_their_own()
    {
        var talks = NotesReader.WriteUps("""
            # OSCON EU - Day 1

            ## Keynotes

            ### The Evolution of Evolutionary Architecture
            **Rebecca Parsons (ThoughtWorks)**
            - evolvability as a first-class concern

            ### The Seif Project
            **Douglas Crockford (PayPal)**
            - security needs a new foundation

            ## Software Architecture as Code
            **Simon Brown (Coding the Architecture)**
            - diagrams should come from the code
            """);

        Assert.Equal(["The Evolution of Evolutionary Architecture", "The Seif Project", "Software Architecture as Code"], talks.Select(t => t.Title));
        Assert.Equal("Rebecca Parsons", Assert.Single(talks[0].Speakers));
    }

    [Fact]
    public void A_google_docs_export_heads_talks_with_bold_styled_lines_and_unwraps_its_links()
    {
        var talks = NotesReader.WriteUps("""
            <html><head><style type="text/css">.c5{font-weight:700;font-size:13pt}.c2{font-weight:400}</style></head>
            <body>
            <h2 id="h.abc1"><span>Day 1 – Monday 8 April</span></h2>
            <p class="c3"><span class="c5">Ayodele Bankole: Architecture Decision Records That People Actually Read</span></p>
            <ul><li><span class="c2">one page per decision, in the repo, reviewed like code</span></li>
            <li><span class="c2">slides: </span><a href="https://www.google.com/url?q=https://speakerdeck.com/ab/adr&amp;sa=D&amp;ust=1">speakerdeck</a></li></ul>
            <p class="c3"><span class="c5">Henrik Åström: Cell-Based Architecture at a Nordic Bank</span></p>
            <ul><li><span class="c2">a cell per market, a router that stays dumb</span></li></ul>
            </body></html>
            """, "qcon.html");

        Assert.Equal(["Architecture Decision Records That People Actually Read", "Cell-Based Architecture at a Nordic Bank"], talks.Select(t => t.Title));
        Assert.Equal([1, 1], talks.Select(t => t.Day ?? 0));
        Assert.Contains(talks[0].Links, l => l.Url == "https://speakerdeck.com/ab/adr");
    }

    [Fact]
    public void Rooms_place_their_talks_and_the_authors_asides_are_not_talks()
    {
        var talks = NotesReader.WriteUps("""
            # NDC notes

            ## Room 1

            - Keynote - Chioma Eze: Software Is a Team Sport

            ## Room 3

            - Kristoffer Aas: Blazor United, One Year In
            - Ingrid Solheim: Designing APIs for Humans

            ## Hallway track

            - met the Grafana folks, they want feedback on the new alerting UI

            ## People I met

            - Ola from the Oslo Go meetup
            """);

        Assert.Equal(["Software Is a Team Sport", "Blazor United, One Year In", "Designing APIs for Humans"], talks.Select(t => t.Title));
    }
}
