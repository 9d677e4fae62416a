using ConfBot.Bot.Answers;
using ConfBot.Bot.Requests;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Core.Answers;
using ConfBot.Core.Talks;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Bot.Tests.Rendering;

public sealed class TextBudgetTests
{
    [Fact]
    public void Talks_with_many_points_and_action_points_fit_the_message_budget_with_what_was_left_counted()
    {
        var hits = Enumerable.Range(1, 4).Select(i => new AnswerHit(Talk($"t{i}", points: 40, actions: 40), 1, [.. Enumerable.Range(1, 40).Select(p => Line("point", p))], [])).ToList();
        var reply = AnswerPage.Render(new BotRequest(null, "vault"), new Answer("vault", hits, new Dictionary<string, string>(), []), AnswerFocus.Answer, AnswerPage.Quoted("Talks that answer ", "vault", ":"), new BotContext("U1", "C1", BotSurface.Mention));
        Assert.True(TextBudget.Length(BlockKitRenderer.Blocks(reply)) > BlockKitRenderer.MessageTextBudget, "the reply must start over the budget");

        var message = BlockKitRenderer.Message(reply);

        Assert.True(TextBudget.Length(message.Blocks) <= BlockKitRenderer.MessageTextBudget);
        var sections = message.Blocks.OfType<SectionBlock>().Select(s => s.Text!.Text).ToList();
        Assert.Contains(sections, s => s.EndsWith("more_", StringComparison.Ordinal) && s.Contains("_…and ", StringComparison.Ordinal));
        Assert.Equal(3, sections.Count(s => s.StartsWith('*') && s.Contains("Talk t", StringComparison.Ordinal)));
        Assert.Contains(Assert.IsType<ActionsBlock>(message.Blocks[^1]).Elements, e => ((ButtonElement)e).ActionId == AnswerActions.MoreResults);
    }

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

    private static Talk Talk(string id, int points, int actions) => new()
    {
        Id = id,
        Title = $"Talk {id}",
        KeyPoints = [.. Enumerable.Range(1, points).Select(p => Line("point", p))],
        ActionPoints = [.. Enumerable.Range(1, actions).Select(a => new ActionPoint($"{id}#{a}", Line("action", a), new NoteSource("n.md", a, id)))],
    };

    private static string Line(string what, int i) => $"{what} {i}: {new string('w', 70)}";
}
