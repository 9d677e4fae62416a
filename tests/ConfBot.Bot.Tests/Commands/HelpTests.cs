using ConfBot.Bot.Commands;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Bot.Tests.TestSupport;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Bot.Tests.Commands;

public sealed class HelpTests
{
    private static readonly CommandTable Commands = TestBot.Commands;

    [Fact]
    public void Help_has_one_line_per_command_of_the_table_with_its_usage_and_example()
    {
        var help = Mrkdwn(HelpReply.All(Commands, "/confbot"));

        foreach (var command in Commands.All)
        {
            Assert.Contains($"`/confbot {command.Usage.Syntax}` — {command.Usage.Description}.", help, StringComparison.Ordinal);
            Assert.Contains($"`/confbot {command.Usage.Example}`", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_uses_the_configured_command_name()
    {
        Assert.All(HelpReply.Lines(Commands, "/notes"), line => Assert.StartsWith("`/notes ", MrkdwnWriter.Write(line), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_on_one_command_shows_only_that_command()
    {
        var help = Mrkdwn(await Commands.RunAsync(Commands.Parse("help digest"), new BotContext("U1", "C1", BotSurface.SlashCommand), default));

        Assert.Contains("`/confbot digest subscribe", help, StringComparison.Ordinal);
        Assert.DoesNotContain("`/confbot talk", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_in_the_table_is_parsed_as_itself_from_its_example()
    {
        foreach (var command in Commands.All)
            Assert.Equal(command.Usage.Name, Commands.Parse(command.Usage.Example).Command);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello!")]
    [InlineData("hey.")]
    public async Task A_greeting_is_welcomed_on_every_surface(string text)
    {
        foreach (var surface in Enum.GetValues<BotSurface>())
            Assert.StartsWith("Hi! I answer questions", (await Commands.AnswerAsync(text, new BotContext("U1", "C1", surface), default)).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_documents_every_command()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        Assert.All(Commands.All, c => Assert.Contains($"`/confbot {c.Usage.Syntax}`", readme, StringComparison.Ordinal));
    }

    private static string Mrkdwn(Replies.BotReply reply) =>
        string.Join("\n", BlockKitRenderer.Blocks(reply).OfType<SectionBlock>().Select(s => s.Text!.Text));
}
