using ConfBot.Bot.Replies;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Bot.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void A_reply_longer_than_a_message_is_cut_keeping_its_closing_buttons()
    {
        var parts = Enumerable.Range(0, 80).Select(i => (ReplyPart)new ReplyParagraph(RichText.Of($"p{i}")))
            .Append(new ReplyButtons([new ReplyButton("More results", "confbot_more_results", "3|vault")]))
            .ToList();

        var message = BlockKitRenderer.Message(new BotReply("many", parts));

        Assert.Equal(BlockKitLimits.MessageBlocks, message.Blocks.Count);
        Assert.IsType<ActionsBlock>(message.Blocks[^1]);
    }

    [Fact]
    public void Every_part_has_its_block()
    {
        var reply = new BotReply("s", [new ReplyHeading("H"), new ReplyParagraph(RichText.Of("p")), new ReplyNote(RichText.Of("n")), new ReplyDivider(),
            new ReplyButtons([new ReplyButton("Go", "confbot_go", "v", Primary: true)])]);

        var blocks = BlockKitRenderer.Blocks(reply);

        Assert.Collection(blocks,
            b => Assert.IsType<HeaderBlock>(b),
            b => Assert.IsType<SectionBlock>(b),
            b => Assert.IsType<ContextBlock>(b),
            b => Assert.IsType<DividerBlock>(b),
            b => Assert.Equal(ButtonStyle.Primary, Assert.IsType<ButtonElement>(Assert.IsType<ActionsBlock>(b).Elements[0]).Style));
    }

    [Theory]
    [InlineData("U0123ABCD", "<@U0123ABCD>")]
    [InlineData("W7", "<@W7>")]
    [InlineData("!channel", "someone")]
    [InlineData("U1>|<!here", "someone")]
    public void Only_a_well_formed_user_id_becomes_a_mention(string id, string expected)
    {
        Assert.Equal(expected, MrkdwnWriter.Write(new RichText([new UserMention(id)])));
    }

    [Fact]
    public void Code_and_emphasis_are_escaped_like_any_text()
    {
        var text = new RichTextBuilder().Code("a <b> `c`").Text(" ").Italic("*x* & y").Line().Emoji("white_check_mark").Build();

        Assert.Equal("`a &lt;b&gt; 'c'` _∗x∗ &amp; y_\n:white_check_mark:", MrkdwnWriter.Write(text));
    }

    [Fact]
    public void The_summary_is_escaped_for_notifications()
    {
        Assert.Equal("Ping &lt;!channel&gt;", BlockKitRenderer.Message(new BotReply("Ping <!channel>", [])).Text);
    }
}
