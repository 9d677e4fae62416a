using ConfBot.Slack.Requests;

namespace ConfBot.IntegrationTests.Bridge;

public sealed class BotRequestParserTests
{
    [Theory]
    [InlineData("", nameof(CommandKind.Help), "")]
    [InlineData("  help ", nameof(CommandKind.Help), "")]
    [InlineData("how do people  use vault?", nameof(CommandKind.Question), "how do people use vault?")]
    [InlineData("talk Working with Secrets", nameof(CommandKind.Talk), "Working with Secrets")]
    [InlineData("TALK rootconf2017-working-with-secrets", nameof(CommandKind.Talk), "rootconf2017-working-with-secrets")]
    [InlineData("links kubernetes", nameof(CommandKind.Links), "kubernetes")]
    [InlineData("actions", nameof(CommandKind.Actions), "")]
    [InlineData("actions monitoring", nameof(CommandKind.Actions), "monitoring")]
    [InlineData("speaker Paul Stack", nameof(CommandKind.Speaker), "Paul Stack")]
    [InlineData("conferences", nameof(CommandKind.Conferences), "")]
    public void Parses_commands_and_questions(string text, string kind, string argument)
    {
        Assert.Equal(new BotRequest(Enum.Parse<CommandKind>(kind), argument), BotRequestParser.Parse(text));
    }

    [Theory]
    [InlineData("talk")]
    [InlineData("links")]
    [InlineData("speaker")]
    public void A_command_word_alone_that_needs_an_argument_is_a_question(string text)
    {
        Assert.Equal(new BotRequest(CommandKind.Question, text), BotRequestParser.Parse(text));
    }

    [Theory]
    [InlineData("links kubernetes")]
    [InlineData("what is vault")]
    [InlineData("actions")]
    [InlineData("speaker Paul Stack")]
    public void A_request_parses_back_from_its_text(string text)
    {
        var request = BotRequestParser.Parse(text);

        Assert.Equal(request, BotRequestParser.Parse(request.Text));
    }
}
