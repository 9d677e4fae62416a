using ConfBot.Bot.Answers;
using ConfBot.Bot.Requests;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Core.Answers;
using ConfBot.Core.Talks;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Bot.Tests.Rendering;

public sealed class TextBudgetTests
{
    private const int Budget = 12_000;

    [Fact]
    public void An_answer_with_many_points_and_action_points_fits_the_budget_keeping_its_talks_and_buttons()
    {
        var hits = Enumerable.Range(1, 4).Select(i => new AnswerHit(Talk($"t{i}", points: 40, actions: 40), 1, [.. Enumerable.Range(1, 40).Select(p => Line("point", p))], [])).ToList();
        var reply = AnswerPage.Render(new BotRequest(null, "vault"), new Answer("vault", hits, new Dictionary<string, string>(), []), AnswerFocus.Answer, AnswerPage.Quoted("Talks that answer ", "vault", ":"), new BotContext("U1", "C1", BotSurface.Mention));
        Assert.True(TextBudget.Length(BlockKitRenderer.Blocks(reply)) > Budget, "the reply must start over the budget");

        var blocks = TextBudget.Fit(BlockKitRenderer.Message(reply).Blocks, Budget);

        Assert.True(TextBudget.Length(blocks) <= Budget);
        var sections = blocks.OfType<SectionBlock>().Select(s => s.Text!.Text).ToList();
        Assert.Contains(sections, s => s.EndsWith("more_", StringComparison.Ordinal) && s.Contains("_…and ", StringComparison.Ordinal));
        Assert.Equal(3, sections.Count(s => s.StartsWith('*') && s.Contains("Talk t", StringComparison.Ordinal)));
        Assert.Contains(Assert.IsType<ActionsBlock>(blocks[^1]).Elements, e => ((ButtonElement)e).ActionId == AnswerActions.MoreResults);
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
