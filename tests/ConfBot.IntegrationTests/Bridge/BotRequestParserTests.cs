using ConfBot.Slack.Requests;

namespace ConfBot.IntegrationTests.Bridge;

public sealed class BotRequestParserTests
{
    [Theory]
    [InlineData("", nameof(CommandKind.Help), "")]
    [InlineData("how do people  use vault?", nameof(CommandKind.Question), "how do people use vault?")]
    [InlineData("talk Working with Secrets", nameof(CommandKind.Talk), "Working with Secrets")]
    [InlineData("TALK rootconf2017-working-with-secrets", nameof(CommandKind.Talk), "rootconf2017-working-with-secrets")]
    [InlineData("links kubernetes", nameof(CommandKind.Links), "kubernetes")]
    [InlineData("actions", nameof(CommandKind.Actions), "")]
    [InlineData("actions monitoring", nameof(CommandKind.Actions), "monitoring")]
    [InlineData("actions open monitoring", nameof(CommandKind.Actions), "open monitoring")]
    [InlineData("conferences", nameof(CommandKind.Conferences), "")]
    [InlineData("digest", nameof(CommandKind.Digest), "")]
    [InlineData("digest now", nameof(CommandKind.Digest), "now")]
    [InlineData("digest unsubscribe", nameof(CommandKind.Digest), "unsubscribe")]
    [InlineData("digest subscribe 09:30 Europe/Berlin daily", nameof(CommandKind.Digest), "subscribe 09:30 Europe/Berlin daily")]
    // The digest command answers a mistyped schedule by naming the word it did not understand.
    [InlineData("digest subscribe 9.30", nameof(CommandKind.Digest), "subscribe 9.30")]
    public void Parses_commands_and_questions(string text, string kind, string argument) =>
        Assert.Equal(new BotRequest(Enum.Parse<CommandKind>(kind), argument), BotRequestParser.Parse(text));

    [Theory]
    [InlineData("  help ", "")]
    [InlineData("help digest", "digest")]
    [InlineData("help Speaker", "Speaker")]
    public void Help_takes_nothing_or_a_command_name(string text, string topic) =>
        Assert.Equal(new BotRequest(CommandKind.Help, topic), BotRequestParser.Parse(text));

    [Theory]
    [InlineData("speaker Paul Stack", "Paul Stack")]
    [InlineData("speaker paul", "paul")]
    [InlineData("speaker Seán O'Brien-Smith", "Seán O'Brien-Smith")]
    [InlineData("speaker Joost van der Berg", "Joost van der Berg")]
    public void Speaker_takes_a_name(string text, string name) =>
        Assert.Equal(new BotRequest(CommandKind.Speaker, name), BotRequestParser.Parse(text));

    [Theory]
    [InlineData("help me find talks about monitoring")]
    [InlineData("help digest subscribe")]
    [InlineData("conferences about kubernetes")]
    [InlineData("talk")]
    [InlineData("links")]
    [InlineData("speaker")]
    [InlineData("speaker who talked about vault")]
    [InlineData("speaker notes from rootconf")]
    [InlineData("speaker of the year 2017")]
    [InlineData("speaker Paul Stack and the rest of the ops track")]
    [InlineData("digest of the kubernetes talks")]
    [InlineData("digest now please")]
    [InlineData("digest status of vault")]
    public void Text_whose_rest_does_not_fit_its_first_word_is_a_question(string text) =>
        Assert.Equal(new BotRequest(CommandKind.Question, text), BotRequestParser.Parse(text));

    [Theory]
    [InlineData("links kubernetes")]
    [InlineData("what is vault")]
    [InlineData("actions")]
    [InlineData("speaker Paul Stack")]
    [InlineData("help digest")]
    [InlineData("digest subscribe 09:30 UTC")]
    [InlineData("conferences about kubernetes")]
    public void A_request_parses_back_from_its_text(string text)
    {
        var request = BotRequestParser.Parse(text);

        Assert.Equal(request, BotRequestParser.Parse(request.Text));
    }
}
