using ConfBot.Bot.Requests;
using ConfBot.Bot.Tests.TestSupport;

namespace ConfBot.Bot.Tests.Commands;

public sealed class CommandTableTests
{
    [Theory]
    [InlineData("", "help", "")]
    [InlineData("how do people  use vault?", null, "how do people use vault?")]
    [InlineData("talk Working with Secrets", "talk", "Working with Secrets")]
    [InlineData("TALK rootconf2017-working-with-secrets", "talk", "rootconf2017-working-with-secrets")]
    [InlineData("links kubernetes", "links", "kubernetes")]
    [InlineData("actions", "actions", "")]
    [InlineData("actions monitoring", "actions", "monitoring")]
    [InlineData("actions open monitoring", "actions", "open monitoring")]
    [InlineData("conferences", "conferences", "")]
    [InlineData("digest", "digest", "")]
    [InlineData("digest now", "digest", "now")]
    [InlineData("digest unsubscribe", "digest", "unsubscribe")]
    [InlineData("digest subscribe 09:30 Europe/Berlin daily", "digest", "subscribe 09:30 Europe/Berlin daily")]
    // The digest command answers a mistyped schedule by naming the word it did not understand.
    [InlineData("digest subscribe 9.30", "digest", "subscribe 9.30")]
    public void Parses_commands_and_questions(string text, string? command, string argument) =>
        Assert.Equal(new BotRequest(command, argument), TestBot.Commands.Parse(text));

    [Theory]
    [InlineData("  help ", "")]
    [InlineData("help digest", "digest")]
    [InlineData("help Speaker", "Speaker")]
    public void Help_takes_nothing_or_a_command_name(string text, string topic) =>
        Assert.Equal(new BotRequest("help", topic), TestBot.Commands.Parse(text));

    [Theory]
    [InlineData("speaker Paul Stack", "Paul Stack")]
    [InlineData("speaker paul", "paul")]
    [InlineData("speaker Seán O'Brien-Smith", "Seán O'Brien-Smith")]
    [InlineData("speaker Joost van der Berg", "Joost van der Berg")]
    public void Speaker_takes_a_name(string text, string name) =>
        Assert.Equal(new BotRequest("speaker", name), TestBot.Commands.Parse(text));

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
        Assert.Equal(new BotRequest(null, text), TestBot.Commands.Parse(text));

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
        var request = TestBot.Commands.Parse(text);

        Assert.Equal(request, TestBot.Commands.Parse(request.Text));
    }
}
