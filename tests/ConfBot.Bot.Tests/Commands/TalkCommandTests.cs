using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Core.Answers;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ConfBot.Bot.Tests.Commands;

/// <summary><c>talk ID</c> takes the id <c>confbot talks</c> shows as well as the full one.</summary>
public sealed class TalkCommandTests
{
    private static readonly NoteSource Source = new("notes.md", 1, "Notes");

    private static readonly TalkCatalog Catalog = new(
    [
        new Talk { Id = "kubecon2019-working-with-secrets", Title = "Working with Secrets", Sources = [Source] },
        new Talk { Id = "kubecon2019-zero-copy-parsing", Title = "Zero-Copy Parsing", Sources = [Source] },
    ], []);

    private static readonly Mock<IAnswerService> Answers = new(MockBehavior.Strict);

    private static readonly Bot.Commands.CommandTable Commands = TestBot.Services(
        answers: Answers.Object, knowledge: Mock.Of<IKnowledgeBase>(k => k.Catalog == Catalog)).GetRequiredService<Bot.Commands.CommandTable>();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Finds_a_talk_by_its_short_or_its_full_id_without_searching(bool full)
    {
        var talk = Catalog.Talks[1];
        var id = full ? talk.Id : Catalog.ShortId(talk);

        var reply = await Commands.RunAsync(Commands.Parse($"talk {id}"), new BotContext("U1", "C1", BotSurface.SlashCommand), default);

        var text = ReplyText.Of(reply);
        Assert.Contains("Zero-Copy Parsing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Working with Secrets", text, StringComparison.Ordinal);
    }
}
