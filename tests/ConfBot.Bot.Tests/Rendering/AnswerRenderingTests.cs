using System.Text.Json;
using ConfBot.Bot.Answers;
using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Core.Answers;
using ConfBot.Core.Talks;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Responding;

namespace ConfBot.Bot.Tests.Rendering;

public sealed class AnswerRenderingTests
{
    private static readonly BotRequest Vault = new(null, "vault");

    private static readonly BotContext Ephemeral = new("U1", "C1", BotSurface.SlashCommand);

    [Fact]
    public void Note_text_can_never_mention_anyone()
    {
        var talk = Talk("Ping <!channel> & <@U123>", points: ["Say <!here> to *wake* everyone"]);

        var text = AllText(Render(Answer(Hit(talk, "Say <!here> to *wake* everyone")), Ephemeral));

        Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", text, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt; &amp; &lt;@U123&gt;", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Use *vault* for secrets", "Use *vault* for secrets")]
    [InlineData("5 * 3 and *vault*", "5 ∗ 3 and *vault*")]
    [InlineData("*secret* *management*", "*secret* *management*")]
    [InlineData("**bold** in the note", "∗∗bold∗∗ in the note")]
    [InlineData("a < b and *vault*", "a &lt; b and *vault*")]
    public void Highlight_marks_become_bold_and_other_asterisks_stay_literal(string point, string expected)
    {
        Assert.Equal(expected, MrkdwnWriter.Write(Highlights.Read(point)));
    }

    [Fact]
    public void An_answer_shows_at_most_three_links_talk_page_slides_and_video_first_the_rest_counted()
    {
        var talk = Talk("Vault", links:
        [
            new TalkLink("https://github.com/x/y", LinkKind.Repository, "code"),
            new TalkLink("https://youtu.be/abc", LinkKind.Video, "video"),
            new TalkLink("https://slides.example/a?b=1&c=2", LinkKind.Slides, "slides"),
            new TalkLink("https://conf.example/talk", LinkKind.TalkPage, "page"),
        ]);

        var text = AllText(Render(Answer(Hit(talk)), Ephemeral));

        var page = text.IndexOf("<https://conf.example/talk|Talk page · conf.example>", StringComparison.Ordinal);
        var slides = text.IndexOf("<https://slides.example/a?b=1&amp;c=2|Slides · slides.example>", StringComparison.Ordinal);
        var video = text.IndexOf("<https://youtu.be/abc|Video · youtu.be>", StringComparison.Ordinal);
        Assert.True(page >= 0 && page < slides && slides < video, text);
        Assert.DoesNotContain("github.com", text, StringComparison.Ordinal);
        Assert.Contains("1 more link", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_label_cannot_break_out_of_its_link()
    {
        Assert.Equal("<https://a.example/|x&gt; ¦ &lt;!channel&gt;>", MrkdwnWriter.Link("https://a.example/", "x> | <!channel>"));
        Assert.Equal("click (javascript:alert(1))", MrkdwnWriter.Link("javascript:alert(1)", "click"));
    }

    [Fact]
    public void Many_talks_are_trimmed_to_50_blocks_with_a_more_results_button_continuing_after_the_last_shown()
    {
        var hits = Enumerable.Range(1, 40).Select(i => Hit(Talk($"Talk {i}", points: ["a", "b"], links: [new TalkLink($"https://e.example/{i}", LinkKind.Video, "v")]), "a", "b")).ToList();

        var reply = Render(new Answer("vault", hits, new Dictionary<string, string>(), []), Ephemeral);

        Assert.True(reply.Blocks.Count <= BlockKitLimits.MessageBlocks);
        var shown = reply.Blocks.OfType<SectionBlock>().Count(s => s.Text!.Text.Contains("*Talk ", StringComparison.Ordinal));
        var more = Buttons(reply.Blocks).Single(b => b.ActionId == AnswerActions.MoreResults);
        Assert.Equal(shown, PageState.Decode(more.Value, TestBot.Commands.Parse)!.Offset);
        Assert.Contains(Buttons(reply.Blocks), b => b.ActionId == AnswerActions.ShareInChannel);
    }

    [Fact]
    public void Long_note_text_is_cut_to_section_and_button_limits()
    {
        var talk = Talk(new string('t', 5000), points: [new string('p', 5000)]);

        var reply = Render(Answer(Hit(talk, new string('p', 5000))), Ephemeral);

        Assert.All(reply.Blocks.OfType<SectionBlock>(), s => Assert.True(s.Text!.Text.Length <= BlockKitLimits.SectionText));
        Assert.All(Buttons(reply.Blocks), b => Assert.True(b.Text.Text.Length <= BlockKitLimits.ButtonText && (b.Value?.Length ?? 0) <= BlockKitLimits.ActionValue));
    }

    [Fact]
    public void Nothing_found_says_so_offers_the_close_words_and_only_the_vote_on_it()
    {
        var reply = Render(new Answer("kubernets", [], new Dictionary<string, string>(), ["kubernetes"]), Ephemeral);

        var text = AllText(reply);
        Assert.Contains("Nothing in the notes answers “vault” well.", text, StringComparison.Ordinal);
        Assert.Contains("kubernetes", text, StringComparison.Ordinal);
        Assert.Equal([FeedbackActions.Up, FeedbackActions.Down], Buttons(reply.Blocks).Select(b => b.ActionId));
    }

    [Fact]
    public void Source_line_and_action_points_are_shown()
    {
        var talk = Talk("Vault", actions: ["Try <!channel> vault at work"], sources: [new NoteSource("a.txt", 3, "Vault"), new NoteSource("b.txt", 9, "Vault")]);

        var text = AllText(Render(Answer(Hit(talk)), Ephemeral));

        Assert.Contains("from 2 write-ups: *a.txt*, line 3; *b.txt*, line 9", text, StringComparison.Ordinal);
        Assert.Contains("• Try &lt;!channel&gt; vault at work", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_is_named_by_the_notes_title_and_author_and_links_to_the_notes_on_the_web()
    {
        var source = new NoteSource("2017/day-02.md", 95, "Vault") { Note = new NoteAttribution("Rootconf <2017>", "hashfyre", null) };
        var hit = Hit(Talk("Vault", sources: [source])) with { Sources = [SourceReference.Of(source, new Uri("https://notes.example/blob/main/"))] };

        var text = AllText(Render(Answer(hit), Ephemeral));

        Assert.Contains("from <https://notes.example/blob/main/2017/day-02.md|Rootconf &lt;2017&gt;> (hashfyre), line 95", text, StringComparison.Ordinal);
    }

    private static Talk Talk(string title, IReadOnlyList<string>? points = null, IReadOnlyList<TalkLink>? links = null, IReadOnlyList<string>? actions = null, IReadOnlyList<NoteSource>? sources = null) => new()
    {
        Id = "id-" + title.GetHashCode(StringComparison.Ordinal),
        Title = title,
        Speakers = ["Paul Stack"],
        Conference = "ScaleConf",
        Year = 2017,
        KeyPoints = points ?? [],
        Links = links ?? [],
        ActionPoints = [.. (actions ?? []).Select((a, i) => new ActionPoint($"a{i}", a, new NoteSource("a.txt", 1, title)))],
        Sources = sources ?? [new NoteSource("a.txt", 1, title)],
    };

    private static AnswerHit Hit(Talk talk, params string[] highlights) => new(talk, 1, highlights, talk.Links);

    private static Answer Answer(params AnswerHit[] hits) => new("vault", hits, new Dictionary<string, string>(), []);

    private static IEnumerable<ButtonElement> Buttons(IEnumerable<Block> blocks) => blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<ButtonElement>();

    /// <summary>All text of the reply as Slack would receive it (JSON-decoded), fallback included.</summary>
    private static SlackMessage Render(Answer answer, BotContext context) =>
        BlockKitRenderer.Message(AnswerPage.Render(Vault, answer, AnswerFocus.Answer, AnswerPage.Quoted("Talks that answer ", Vault.Argument, ":"), context));

    private static string AllText(SlackMessage reply) =>
        reply.Text + "\n" + SlackMessageText.Of(JsonSerializer.Serialize(reply.Blocks));
}
