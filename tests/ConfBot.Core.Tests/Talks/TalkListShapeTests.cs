using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Talks;

/// <summary>Talks written as lists and tables, each as a person would type it.</summary>
public sealed class TalkListShapeTests
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
}
