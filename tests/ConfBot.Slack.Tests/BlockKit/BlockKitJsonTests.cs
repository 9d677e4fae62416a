using System.Text.Json;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Tests.BlockKit;

public sealed class BlockKitJsonTests
{
    private static string BlocksJson(params Block[] blocks)
    {
        var json = JsonSerializer.SerializeToElement(new ChatMessage { Channel = "C1", Text = "t", Blocks = blocks }, SlackJsonContext.Default.ChatMessage);
        return json.GetProperty("blocks").GetRawText();
    }

    [Fact]
    public void Section_with_mrkdwn_and_button_accessory_has_slacks_shape() =>
        Assert.Equal(
            """[{"type":"section","text":{"type":"mrkdwn","text":"*Hi*"},"accessory":{"type":"button","text":{"type":"plain_text","text":"More"},"action_id":"more","value":"42","style":"primary"}}]""",
            BlocksJson(SectionBlock.Mrkdwn("*Hi*", new ButtonElement("More", "more", "42", ButtonStyle.Primary))));

    [Fact]
    public void Section_fields_are_text_objects() =>
        Assert.Equal(
            """[{"type":"section","fields":[{"type":"mrkdwn","text":"a"},{"type":"plain_text","text":"b"}]}]""",
            BlocksJson(new SectionBlock { Fields = [new MrkdwnText("a"), new PlainText("b")] }));

    [Fact]
    public void Header_divider_and_context_have_slacks_shape() =>
        Assert.Equal(
            """[{"type":"header","text":{"type":"plain_text","text":"Title"}},{"type":"divider"},{"type":"context","elements":[{"type":"mrkdwn","text":"small"}]}]""",
            BlocksJson(new HeaderBlock("Title"), new DividerBlock(), new ContextBlock([new MrkdwnText("small")])));

    [Fact]
    public void Actions_block_lists_buttons_with_optional_fields_omitted() =>
        Assert.Equal(
            """[{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Yes"},"action_id":"yes"},{"type":"button","text":{"type":"plain_text","text":"No"},"action_id":"no","style":"danger"}],"block_id":"vote"}]""",
            BlocksJson(new ActionsBlock([new ButtonElement("Yes", "yes"), new ButtonElement("No", "no", style: ButtonStyle.Danger)]) { BlockId = "vote" }));

    [Fact]
    public void Home_view_is_typed_home() =>
        Assert.Equal(
            """{"type":"home","blocks":[{"type":"divider"}]}""",
            JsonSerializer.SerializeToElement(new ViewsPublishRequest("U1", new HomeView([new DividerBlock()]), null), SlackJsonContext.Default.ViewsPublishRequest).GetProperty("view").GetRawText());
}
