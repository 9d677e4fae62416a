using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Requests;

namespace ConfBot.IntegrationTests.Bridge;

public sealed class PageStateTests
{
    [Theory]
    [InlineData("links kubernetes | helm", 3)]
    [InlineData("what did people say about 100% uptime?", 0)]
    [InlineData("speaker Paul Stack", 6)]
    public void Button_value_round_trips(string text, int offset)
    {
        var state = new PageState(BotRequestParser.Parse(text), offset);

        Assert.Equal(state, PageState.Decode(state.Encode()));
    }

    [Fact]
    public void A_long_question_is_cut_to_fit_a_button_value()
    {
        var state = new PageState(new BotRequest(CommandKind.Question, new string('q', 5000)), 3);

        var value = state.Encode();

        Assert.Equal(BlockKitLimits.ActionValue, value.Length);
        Assert.Equal(3, PageState.Decode(value)!.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vault")]
    [InlineData("-1|vault")]
    [InlineData("x|vault")]
    public void A_foreign_value_decodes_to_nothing(string? value)
    {
        Assert.Null(PageState.Decode(value));
    }
}
