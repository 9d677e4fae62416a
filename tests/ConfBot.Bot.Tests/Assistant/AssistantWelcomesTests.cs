using ConfBot.Bot.Assistant;
using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using ConfBot.Core.Talks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ConfBot.Bot.Tests.Assistant;

public sealed class AssistantWelcomesTests
{
    private static readonly BotContext InAssistant = new("U1", "D1", BotSurface.Assistant);

    [Fact]
    public async Task Welcomes_with_what_the_notes_hold_and_prompts_for_open_action_points()
    {
        var welcome = await Welcome(Catalog(DigestSamples.Talk("a", actionPoints: 1), DigestSamples.Talk("b", "Capacity planning")), ChecklistStates.Holding());

        Assert.StartsWith("Hi! I answer questions from the team's conference notes: 2 talks from 1 conference.", welcome.Greeting.Summary, StringComparison.Ordinal);
        Assert.Contains(new SuggestedPrompt("Open action points", "actions open"), welcome.Prompts);
        Assert.Contains(new SuggestedPrompt("What did we learn at DevOpsDays 2019?", "What did we learn at DevOpsDays 2019?"), welcome.Prompts);
    }

    [Fact]
    public async Task Suggests_no_action_points_once_all_are_done()
    {
        var done = ChecklistStates.Holding(new ActionPointState("a#ap1", ActionPointStatus.Done, "U2", DateTimeOffset.UnixEpoch));

        var welcome = await Welcome(Catalog(DigestSamples.Talk("a", actionPoints: 1)), done);

        Assert.DoesNotContain(welcome.Prompts, p => p.Message == "actions open");
    }

    [Fact]
    public async Task Says_no_notes_are_indexed_and_offers_only_help_for_empty_notes()
    {
        var welcome = await Welcome(TalkCatalog.Empty, ChecklistStates.Holding());

        Assert.Contains("none are indexed yet", welcome.Greeting.Summary, StringComparison.Ordinal);
        Assert.Equal([new SuggestedPrompt("What can I ask?", "help")], welcome.Prompts);
    }

    private static Task<AssistantWelcome> Welcome(TalkCatalog catalog, Mock<IActionPointStateStore> states) =>
        Services(catalog, states).GetRequiredService<AssistantWelcomes>().ForAsync(InAssistant, CancellationToken.None);

    private static ServiceProvider Services(TalkCatalog catalog, Mock<IActionPointStateStore> states) =>
        TestBot.Services(knowledge: Mock.Of<IKnowledgeBase>(k => k.Catalog == catalog), states: states.Object,
            time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero)));

    private static TalkCatalog Catalog(params Talk[] talks) => new(talks, []);
}
