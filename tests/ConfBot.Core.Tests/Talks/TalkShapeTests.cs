using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Talks;

/// <summary>The shapes people write talks in, beyond one heading per talk: each as a person would type it.</summary>
public sealed class TalkShapeTests
{
    [Fact]
    public void A_numbered_index_of_talks_with_notes_video_and_slides_links_is_one_talk_per_line_per_day()
    {
        var talks = NotesReader.WriteUps("""
            # SRECon EMEA 2024

            ## Day 1

            1. Taming Alert Fatigue - [Notes](./alerts.md) - [Video](https://www.youtube.com/watch?v=abc111) - [Slides](https://speakerdeck.com/x/alerts)
            2. Incident Review Without Blame - [Video](https://www.youtube.com/watch?v=abc222) - [Slides](https://speakerdeck.com/x/blame)

            ## Day 2

            1. Capacity Planning for Humans - [Video](https://www.youtube.com/watch?v=abc333)
            2. The Cost of Nines - [Notes](./nines.md) - [Video](https://www.youtube.com/watch?v=abc444)
            """);

        Assert.Equal(["Taming Alert Fatigue", "Incident Review Without Blame", "Capacity Planning for Humans", "The Cost of Nines"], talks.Select(t => t.Title));
        Assert.Equal([1, 1, 2, 2], talks.Select(t => t.Day ?? 0));
        Assert.Contains(talks[0].Links, l => l.Kind == LinkKind.Video);
        Assert.Contains(talks[0].Links, l => l.Kind == LinkKind.Slides);
    }

    [Fact]
    public void A_talk_named_in_a_list_item_keeps_the_items_noted_under_it()
    {
        var talks = NotesReader.WriteUps("""
            # ElixirConf 2024 highlights

            ### Testing
              - "Beyond Mocks" speaker Nicholas Henry argued that test doubles cost more than they give.
              - "More testing, fewer tests" showed property-based and snapshot testing side by side.
            ### Security
              - "Securing the Future" talk on the threats to the ecosystem's supply chain.
                - Mentioned using trivy to scan containers.
                - Static analysis tools: semgrep and sobelow.
            ### Patterns
              - Returning tagged tuples makes piping awkward; `with` helps but can hide where errors come from.
            """);

        var talk = Assert.Single(talks, t => t.Title.Contains("Securing the Future", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(talk.KeyPoints, p => p.Contains("trivy", StringComparison.Ordinal));
        Assert.Contains(talk.KeyPoints, p => p.Contains("semgrep", StringComparison.Ordinal));
    }

    [Fact]
    public void Favourite_talks_as_linked_titles_by_a_speaker_are_talks_with_their_speaker()
    {
        var talks = NotesReader.WriteUps("""
            # My favourite talks from JSConf

            It was a great week in Berlin. These are the ones I would watch again:

            - [Streams Without Tears](https://jsconf.example/program/streams-without-tears) by Anna Lindqvist
            - [A Tale of Two Bundlers](https://jsconf.example/program/two-bundlers) by Tomás García: the demo alone is worth it
            - [Debugging the Event Loop](https://jsconf.example/program/event-loop) by Priya Raman
            """);

        Assert.Equal(["Streams Without Tears", "A Tale of Two Bundlers", "Debugging the Event Loop"], talks.Select(t => t.Title));
        Assert.Equal(["Anna Lindqvist", "Tomás García", "Priya Raman"], talks.Select(t => Assert.Single(t.Speakers)));
        Assert.Equal(LinkKind.TalkPage, talks[1].Links[0].Kind);
    }

    [Fact]
    public void A_trip_report_in_another_language_lists_titles_with_their_emphasised_speaker()
    {
        var talks = NotesReader.WriteUps("""
            # Retour sur Devoxx France

            Voici les conférences que j'ai préférées :

            * Kotlin Coroutines in Practice - *Marie Dubois*
            * Observability for Java Developers - *Jonas Becker*
            * Securing the Software Supply Chain - *Aisha Khan*
            """);

        Assert.Equal(["Kotlin Coroutines in Practice", "Observability for Java Developers", "Securing the Software Supply Chain"], talks.Select(t => t.Title));
        Assert.Equal(["Marie Dubois", "Jonas Becker", "Aisha Khan"], talks.Select(t => Assert.Single(t.Speakers)));
    }

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
    public void Talks_named_in_prose_by_a_quoted_title_beside_a_speaker_are_talks()
    {
        var talks = NotesReader.WriteUps("""
            # Back from RSECon

            The conference was bigger than ever this year, with many parallel sessions.

            The talk on 'Imposter syndrome' by Vijay Sharma was full of relatable stories. Later, Kenji Takeda's
            workshop on 'Learn how to become an AI Super-RSE' ran twice because so many people wanted in.
            """);

        Assert.Equal(["Imposter syndrome", "Learn how to become an AI Super-RSE"], talks.Select(t => t.Title));
        Assert.Equal(["Vijay Sharma", "Kenji Takeda"], talks.Select(t => Assert.Single(t.Speakers)));
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
    public void A_plain_list_of_points_is_not_a_list_of_talks()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            ## Chaos Engineering at Scale by Dana Rossi

            - Start with a hypothesis - Steady State first
            - Blast radius: keep it small - always
            - Game days - every quarter, with the on-call team
            """));

        Assert.Equal("Chaos Engineering at Scale", writeUp.Title);
        Assert.Equal(3, writeUp.KeyPoints.Count);
    }

    [Fact]
    public void A_table_of_talks_with_speakers_and_video_links_is_one_talk_per_row()
    {
        var talks = NotesReader.WriteUps("""
            ## Talks I went to

            | Talk | Speaker | Recording |
            |------|---------|-----------|
            | Postgres Upgrades Without Downtime | Olga Petrova | [video](https://www.youtube.com/watch?v=pg1) |
            | Observability on a Budget | Ngozi Okafor | [video](https://www.youtube.com/watch?v=ob2) |
            | Rust in the Data Path | Łukasz Nowak | [video](https://www.youtube.com/watch?v=ru3) |
            """);

        Assert.Equal(["Postgres Upgrades Without Downtime", "Observability on a Budget", "Rust in the Data Path"], talks.Select(t => t.Title));
        Assert.Equal(["Olga Petrova", "Ngozi Okafor", "Łukasz Nowak"], talks.Select(t => Assert.Single(t.Speakers)));
        Assert.All(talks, t => Assert.Contains(t.Links, l => l.Kind == LinkKind.Video));
    }

    [Fact]
    public void A_post_about_one_talk_named_only_in_its_prose_is_that_talk()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            # What I learned at GopherCon

            ## Why this one

            On the second morning Aoife Byrne gave a talk called "Profiling Go Services Before Lunch", and it was the
            one I keep coming back to.

            ## The tools

            - pprof over HTTP in every service, behind an admin port
            - flame graphs from production, not from a laptop
            """));

        Assert.Equal("Profiling Go Services Before Lunch", writeUp.Title);
        Assert.Contains(writeUp.KeyPoints, k => k.Contains("flame graphs", StringComparison.Ordinal));
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
