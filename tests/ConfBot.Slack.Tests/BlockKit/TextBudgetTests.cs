using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Tests.BlockKit;

public sealed class TextBudgetTests
{
    [Fact]
    public void A_list_is_cut_between_lines_and_says_how_many_are_left()
    {
        var list = string.Join("\n", Enumerable.Range(1, 100).Select(i => $"• <https://e.example/{i}|link {i}> {new string('x', 80)}"));

        var blocks = TextBudget.Fit([SectionBlock.Mrkdwn("*Links*\n" + list)], 2000);

        var text = ((SectionBlock)blocks[0]).Text!.Text;
        Assert.True(text.Length <= 2000);
        Assert.All(text.Split('\n').SkipLast(1), line => Assert.True(line == "*Links*" || line.EndsWith(new string('x', 80), StringComparison.Ordinal), line));
        var shown = text.Split('\n').Length - 2;
        Assert.EndsWith($"_…and {100 - shown} more_", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_within_the_budget_is_left_as_it_is()
    {
        IReadOnlyList<Block> blocks = [SectionBlock.Mrkdwn("a\nb\nc"), new DividerBlock(), new ContextBlock([new MrkdwnText("from notes.md")])];

        Assert.Equal(blocks, TextBudget.Fit(blocks, 100));
    }

    [Fact]
    public void When_shortening_lists_is_not_enough_trailing_blocks_go_but_the_closing_buttons_stay()
    {
        var sections = Enumerable.Range(0, 10).Select(i => (Block)SectionBlock.Mrkdwn(new string('s', 2000))).ToList();
        var buttons = new ActionsBlock([new ButtonElement("More results", "more", "3|q")]);

        var blocks = TextBudget.Fit([.. sections, buttons], 12_000);

        Assert.True(TextBudget.Length(blocks) <= 12_000);
        Assert.Equal(buttons, blocks[^1]);
        Assert.Equal(7, blocks.Count);
    }
}
