using System.Text.Json;
using ConfBot.Bot.Checklist;
using ConfBot.Bot.Digests;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Responding;
using static ConfBot.Bot.Tests.TestSupport.DigestSamples;

namespace ConfBot.Bot.Tests.Digests;

public sealed class DigestRenderingTests
{
    [Fact]
    public void Shows_talk_of_the_day_with_summary_and_links_then_new_talks_then_action_points()
    {
        var talk = Talk("t1", actionPoints: 1);
        var reply = Render(Digest(talk, [Talk("t2", "Kubernetes at scale")], [Row(talk)]));

        var text = Texts(reply.Blocks);
        Assert.Equal("Talk of the day", ((HeaderBlock)reply.Blocks[0]).Text.Text);
        Assert.Contains("*Working with Secrets*", text);
        Assert.Contains("How teams keep secrets out of git.", text);
        Assert.Contains("<https://example.com/slides|Slides · example.com>", text);
        Assert.True(text.IndexOf("*New in the notes*", StringComparison.Ordinal) < text.IndexOf("*Open action points*", StringComparison.Ordinal));
        Assert.Contains("Kubernetes at scale", text);
        Assert.Equal("Talk of the day: Working with Secrets", reply.Text);
    }

    [Fact]
    public void Escapes_note_text_so_it_cannot_mention_or_disguise_links()
    {
        var hostile = Talk("t1", "Ping <!channel> & <@U0123ABCD>", actionPoints: 1, summary: "See <https://evil.example|your bank>");
        var reply = Render(Digest(hostile, [hostile with { Id = "t2" }], [Row(hostile)]));

        var json = Json(reply.Blocks);
        Assert.DoesNotContain("<!channel>", json);
        Assert.DoesNotContain("<@U0123ABCD>", json);
        Assert.DoesNotContain("<https://evil.example", json);
        Assert.Contains("&lt;!channel&gt; &amp;", Texts(reply.Blocks));
        Assert.DoesNotContain("<!channel>", reply.Text);
    }

    [Fact]
    public void Keeps_within_slack_limits_for_long_notes_and_many_action_points()
    {
        var talk = Talk("t1", new string('T', 400), actionPoints: 9, summary: new string('s', 5000));
        var reply = Render(Digest(talk, [.. Enumerable.Range(0, 50).Select(i => Talk($"n{i}", new string('n', 100)))], [.. Enumerable.Range(0, 9).Select(i => Row(talk, i))]));

        Assert.True(reply.Blocks.Count <= BlockKitLimits.MessageBlocks);
        Assert.All(reply.Blocks.OfType<SectionBlock>(), s => Assert.True(s.Text!.Text.Length <= BlockKitLimits.SectionText));
        Assert.Contains(reply.Blocks.OfType<SectionBlock>(), s => s.Text!.Text.EndsWith('…') && s.Text.Text.Length <= DigestReply.SummaryLength + 1);
        // One row of checklist buttons per action point shown, and the talk of the day's feedback row.
        Assert.Equal(DigestReply.ActionPointsShown + 1, reply.Blocks.OfType<ActionsBlock>().Count());
        Assert.All(Buttons(reply.Blocks), b => Assert.True(b.Value!.Length <= BlockKitLimits.ActionValue));
    }

    [Fact]
    public void Action_point_buttons_carry_the_digest_so_a_click_can_redraw_it()
    {
        var talk = Talk("t1", actionPoints: 2);
        var reply = Render(Digest(talk, [Talk("t2")], [Row(talk, 0), Row(talk, 1, ActionPointStatus.Claimed, "U42")]));

        var second = Buttons(reply.Blocks).First(b => b.ActionId == ChecklistActions.Done && ChecklistValue.Decode(b.Value)!.Value.ActionPointId == "t1#ap2");
        var (message, _) = ChecklistValue.Decode(second.Value)!.Value;
        var shown = Assert.IsType<DigestChecklist>(message);
        Assert.Equal(Day, shown.Date);
        Assert.Equal("t1", shown.TalkOfTheDayId);
        Assert.Equal(["t2"], shown.NewTalkIds);
        Assert.Equal(["t1#ap1", "t1#ap2"], shown.ActionPointIds);
        Assert.Contains("taken by <@U42>", Texts(reply.Blocks));
    }

    [Fact]
    public void Digest_without_new_talks_or_action_points_has_neither_section()
    {
        var text = Texts(Render(Digest(Talk("t1"))).Blocks);

        Assert.DoesNotContain("New in the notes", text);
        Assert.DoesNotContain("Open action points", text);
    }

    private static SlackMessage Render(Digest digest) => BlockKitRenderer.Message(DigestReply.Render(digest));

    internal static string Json(IEnumerable<Block> blocks) => JsonSerializer.Serialize<IReadOnlyList<Block>>([.. blocks]);

    internal static string Texts(IEnumerable<Block> blocks) => SlackMessageText.Of(Json(blocks));

    internal static IEnumerable<ButtonElement> Buttons(IEnumerable<Block> blocks) => blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<ButtonElement>();
}
