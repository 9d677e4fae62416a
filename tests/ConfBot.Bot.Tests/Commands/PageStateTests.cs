using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Bot.Tests.TestSupport;

namespace ConfBot.Bot.Tests.Commands;

public sealed class PageStateTests
{
    [Theory]
    [InlineData("links kubernetes | helm", 3)]
    [InlineData("what did people say about 100% uptime?", 0)]
    [InlineData("speaker Paul Stack", 6)]
    public void Button_value_round_trips(string text, int offset)
    {
        var request = TestBot.Commands.Parse(text) with { Offset = offset };

        Assert.Equal(request, PageState.Decode(PageState.Encode(request), TestBot.Commands.Parse));
    }

    [Fact]
    public void A_long_question_is_cut_to_fit_a_button_value()
    {
        var request = new BotRequest(null, new string('q', 5000), 3);

        var value = PageState.Encode(request);

        Assert.Equal(ReplyButton.MaxValueLength, value.Length);
        Assert.Equal(3, PageState.Decode(value, TestBot.Commands.Parse)!.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vault")]
    [InlineData("-1|vault")]
    [InlineData("x|vault")]
    public void A_foreign_value_decodes_to_nothing(string? value)
    {
        Assert.Null(PageState.Decode(value, TestBot.Commands.Parse));
    }
}
