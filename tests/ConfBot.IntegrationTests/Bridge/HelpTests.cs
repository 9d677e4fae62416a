using ConfBot.IntegrationTests.TestSupport;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Requests;

namespace ConfBot.IntegrationTests.Bridge;

public sealed class HelpTests
{
    [Fact]
    public void Help_has_one_line_per_command_of_the_table_with_its_usage_and_example()
    {
        var help = ((MrkdwnText)((SectionBlock)HelpBlocks.Help("/confbot").Blocks[0]).Text!).Text;

        foreach (var command in ConfBotCommands.All)
        {
            Assert.Contains($"`/confbot {command.Usage}` — {command.Description}.", help, StringComparison.Ordinal);
            Assert.Contains($"`/confbot {command.Example}`", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_uses_the_configured_command_name()
    {
        Assert.All(HelpBlocks.Lines("/notes"), line => Assert.StartsWith("`/notes ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_command_in_the_table_is_parsed_as_itself_from_its_example()
    {
        foreach (var command in ConfBotCommands.All)
            Assert.Equal(command.Kind, BotRequestParser.Parse(command.Example).Kind);
    }

    [Fact]
    public void The_readme_documents_every_command()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        Assert.All(ConfBotCommands.All, c => Assert.Contains($"`/confbot {c.Usage}`", readme, StringComparison.Ordinal));
    }
}
