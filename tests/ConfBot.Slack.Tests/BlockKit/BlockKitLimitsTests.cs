using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Tests.BlockKit;

public sealed class BlockKitLimitsTests
{
    private static string Long(int length) => new('x', length);

    [Fact]
    public void Message_keeps_at_most_50_blocks_and_views_100()
    {
        var blocks = Enumerable.Range(0, 120).Select(_ => (Block)new DividerBlock()).ToList();

        Assert.Equal(50, BlockKitLimits.FitMessage(blocks).Count);
        Assert.Equal(100, BlockKitLimits.FitView(blocks).Count);
    }

    [Fact]
    public void Section_text_and_fields_are_trimmed()
    {
        var section = new SectionBlock { Text = new MrkdwnText(Long(5000)), Fields = [.. Enumerable.Range(0, 12).Select(_ => (TextObject)new MrkdwnText(Long(2500)))] };

        var fitted = Assert.IsType<SectionBlock>(Assert.Single(BlockKitLimits.FitMessage([section])));

        Assert.Equal(3000, fitted.Text!.Text.Length);
        Assert.EndsWith("…", fitted.Text.Text, StringComparison.Ordinal);
        Assert.Equal(10, fitted.Fields!.Count);
        Assert.All(fitted.Fields, f => Assert.Equal(2000, f.Text.Length));
    }

    [Fact]
    public void Header_is_trimmed_to_150() =>
        Assert.Equal(150, Assert.IsType<HeaderBlock>(BlockKitLimits.FitMessage([new HeaderBlock(Long(400))])[0]).Text.Text.Length);

    [Fact]
    public void Buttons_are_trimmed_and_capped_at_25()
    {
        var buttons = Enumerable.Range(0, 30).Select(_ => (BlockElement)new ButtonElement(Long(100), Long(300), Long(2100))).ToList();

        var fitted = Assert.IsType<ActionsBlock>(BlockKitLimits.FitMessage([new ActionsBlock(buttons)])[0]);

        Assert.Equal(25, fitted.Elements.Count);
        var button = Assert.IsType<ButtonElement>(fitted.Elements[0]);
        Assert.Equal(75, button.Text.Text.Length);
        Assert.Equal(255, button.ActionId.Length);
        Assert.Equal(2000, button.Value!.Length);
    }

    [Fact]
    public void Context_keeps_at_most_10_elements() =>
        Assert.Equal(10, Assert.IsType<ContextBlock>(BlockKitLimits.FitMessage([new ContextBlock([.. Enumerable.Range(0, 12).Select(i => (TextObject)new PlainText($"{i}"))])])[0]).Elements.Count);

    [Fact]
    public void Message_text_is_capped_at_40000() => Assert.Equal(40_000, BlockKitLimits.FitMessageText(Long(50_000)).Length);

    [Fact]
    public void Blocks_within_limits_are_unchanged()
    {
        Block[] blocks = [new HeaderBlock("Hi"), SectionBlock.Mrkdwn("text", new ButtonElement("Go", "go", "1"))];

        Assert.Equal(blocks, BlockKitLimits.FitMessage(blocks));
    }

    [Fact]
    public void A_message_cut_to_fifty_blocks_keeps_its_closing_buttons()
    {
        IReadOnlyList<Block> blocks = [.. Enumerable.Range(0, 80).Select(i => (Block)SectionBlock.Mrkdwn($"p{i}")), new ActionsBlock([new ButtonElement("More results", "more", "3|q")])];

        var fitted = BlockKitLimits.FitMessage(blocks);

        Assert.Equal(BlockKitLimits.MessageBlocks, fitted.Count);
        Assert.IsType<ActionsBlock>(fitted[^1]);
        Assert.Equal("p48", ((SectionBlock)fitted[^2]).Text!.Text);
    }
}
