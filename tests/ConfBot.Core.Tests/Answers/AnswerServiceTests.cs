using ConfBot.Core.Answers;
using ConfBot.Core.Notes;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.Search;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.Answers;

public sealed class AnswerServiceTests
{
    private static readonly Talk Capacity = TalkBuilder.Talk("Capacity planning for your data stores").By("Colin Charles").At("Rootconf", 2017)
        .Points(
            "Presto is a distributed SQL query engine",
            "Turn on the slow query log",
            "ProxySQL does connection pooling and read/write splitting for MySQL",
            "Sharding: split your data across multiple nodes, ProxySQL helps with sharding",
            "Prophet forecasts time series")
        .Link("https://youtube.com/watch?v=sjDXJ9RF480", LinkKind.Video, "video")
        .Link("https://github.com/facebookincubator/prophet", LinkKind.Repository, "Prophet")
        .Link("https://www.slideshare.net/bytebot/capacity-planning", LinkKind.Slides, "Slides")
        .Link("https://rootconf.talkfunnel.com/2017/65-capacity-planning", LinkKind.TalkPage, "Capacity planning")
        .Action("Try ProxySQL in front of the reporting database")
        .From("000_notes.txt", 22).From("001_notes.txt", 104)
        .Build();

    private static readonly IAnswerService Answers = new AnswerService(TalkIndex.Build([Capacity], new SearchOptions()));

    [Fact]
    public void Highlights_the_key_points_most_relevant_to_the_question()
    {
        var hit = Answers.Ask("how do people shard with proxysql").Hits.Single();

        Assert.Equal(
            ["*Sharding*: split your data across multiple nodes, *ProxySQL* helps with *sharding*",
             "*ProxySQL* does connection pooling and read/write splitting for MySQL"],
            hit.Highlights.Take(2));
    }

    [Fact]
    public void Each_question_gets_its_own_highlights_from_the_same_talk()
    {
        Assert.Equal("*Presto* is a distributed SQL query engine", Answers.Ask("presto").Hits.Single().Highlights[0]);
        Assert.Equal("Turn on the slow *query* *log*", Answers.Ask("query logging").Hits.Single().Highlights[0]);
    }

    [Fact]
    public void Lists_talk_page_slides_and_video_before_other_links()
    {
        var hit = Answers.Ask("capacity planning").Hits.Single();

        Assert.Equal([LinkKind.TalkPage, LinkKind.Slides, LinkKind.Video, LinkKind.Repository], hit.Links.Select(l => l.Kind));
    }

    [Fact]
    public void An_answer_shows_at_most_three_links_and_counts_the_rest()
    {
        var text = AnswerText.Render(Answers.Ask("capacity planning"));

        Assert.Contains("Slides · slideshare.net: https://www.slideshare.net/bytebot/capacity-planning", text);
        Assert.Contains("Video · youtube.com: https://youtube.com/watch?v=sjDXJ9RF480", text);
        Assert.DoesNotContain("github.com", text);
        Assert.Contains("(1 more link in the notes)", text);
    }

    [Fact]
    public void Names_every_write_up_the_talk_came_from_by_file_when_the_notes_have_no_title()
    {
        var hit = Answers.Ask("capacity planning").Hits.Single();

        Assert.Equal("from 2 write-ups: 000_notes.txt, line 22; 001_notes.txt, line 104", hit.SourceSummary);
    }

    [Fact]
    public void A_source_is_named_by_the_notes_title_and_author()
    {
        var talk = TalkBuilder.Talk("Contract testing with Pact")
            .From("2017/day-02.md", 95, new NoteAttribution("Rootconf 2017 Retrospective – Day 02", "hashfyre", new DateOnly(2017, 5, 20)))
            .Build();

        var hit = new AnswerService(TalkIndex.Build([talk], new SearchOptions())).Ask("pact").Hits.Single();

        Assert.Equal("from Rootconf 2017 Retrospective – Day 02 (hashfyre, 2017-05-20), line 95", hit.SourceSummary);
    }

    [Fact]
    public void A_source_links_to_the_notes_base_url_when_set()
    {
        var talk = TalkBuilder.Talk("Contract testing with Pact").From("2017/day 02.md", 95).Build();
        var notes = Options.Create(new NotesOptions { BaseUrl = "https://github.com/team/notes/blob/main/" });

        var source = new AnswerService(TalkIndex.Build([talk], new SearchOptions()), notes).Ask("pact").Hits.Single().Sources.Single();

        Assert.Equal("https://github.com/team/notes/blob/main/2017/day%2002.md", source.Url);
    }

    [Fact]
    public void Renders_title_speakers_points_links_actions_and_sources()
    {
        var text = AnswerText.Render(Answers.Ask("proxysql"));

        Assert.Contains("1. Capacity planning for your data stores — Rootconf 2017", text);
        Assert.Contains("by Colin Charles", text);
        Assert.Contains("*ProxySQL*", text);
        Assert.Contains("Talk page · rootconf.talkfunnel.com: https://rootconf.talkfunnel.com/2017/65-capacity-planning", text);
        Assert.Contains("Action point: Try ProxySQL in front of the reporting database", text);
        Assert.Contains("(from 2 write-ups: 000_notes.txt, line 22; 001_notes.txt, line 104)", text);
    }

    [Fact]
    public void Says_so_and_suggests_close_words_when_nothing_matches()
    {
        var answer = Answers.Ask("quantum sharring recipes");

        Assert.False(answer.Found);
        Assert.Contains("sharding", answer.Suggestions);
        Assert.StartsWith("Nothing in the notes answers \"quantum sharring recipes\" well. Close words in the notes: sharding", AnswerText.Render(answer));
    }

    [Fact]
    public void Falls_back_to_the_first_points_when_only_the_title_matched()
    {
        var hit = Answers.Ask("capacity planning").Hits.Single();

        Assert.Equal(["Presto is a distributed SQL query engine", "Turn on the slow query log"], hit.Highlights);
    }

    [Fact]
    public void Shows_a_point_repeated_by_two_write_ups_once()
    {
        var talk = TalkBuilder.Talk("Necessary tooling and monitoring")
            .Points("Metrics is a Clojure library", "Choose the right metrics", "Metrics is a Clojure library.")
            .Build();
        var answers = new AnswerService(TalkIndex.Build([talk], new SearchOptions()));

        Assert.Equal(["*Metrics* is a Clojure library", "Choose the right *metrics*"], answers.Ask("metrics").Hits.Single().Highlights);
    }
}
