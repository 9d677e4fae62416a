using ConfBot.Bot.Checklist;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Slack.BlockKit;
using static ConfBot.Bot.Tests.Digests.DigestRenderingTests;
using static ConfBot.Bot.Tests.TestSupport.DigestSamples;

namespace ConfBot.Bot.Tests.Checklist;

public sealed class ChecklistRenderingTests
{
    private static readonly ListChecklist Listing = new(ActionPointFilter.Open, "", ["t1#ap1"]);

    [Theory]
    [InlineData(ActionPointStatus.Open, null, new[] { ActionPointParts.Claim, ActionPointParts.Done }, "open")]
    [InlineData(ActionPointStatus.Claimed, "U42", new[] { ActionPointParts.Done, ActionPointParts.Reopen }, "taken by <@U42>")]
    [InlineData(ActionPointStatus.Done, "W7", new[] { ActionPointParts.Reopen }, "done by <@W7>")]
    [InlineData(ActionPointStatus.Done, null, new[] { ActionPointParts.Reopen }, "ticked off in the notes")]
    public void Each_state_offers_the_moves_that_change_it(ActionPointStatus status, string? by, string[] buttons, string state)
    {
        var blocks = Render(Row(Talk("t1", actionPoints: 1), 0, status, by), Listing, 0).ToList();

        Assert.Equal(buttons, Buttons(blocks).Select(b => b.Text.Text));
        Assert.Contains(state, Texts(blocks));
    }

    [Fact]
    public void A_user_id_that_is_not_one_never_becomes_a_mention()
    {
        var text = Texts(Render(Row(Talk("t1", actionPoints: 1), 0, ActionPointStatus.Claimed, "!channel"), Listing, 0));

        Assert.Contains("taken by someone", text);
        Assert.DoesNotContain("<!channel>", text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("monitoring | with | bars")]
    public void Button_values_round_trip_every_kind_of_message(string query)
    {
        ChecklistMessage[] messages =
        [
            new ListChecklist(ActionPointFilter.Mine, query, ["a#1", "b#2"]),
            new DigestChecklist(Day, "talk", ["new1", "new2"], ["a#1", "b#2"]),
            new HomeChecklist(["a#1", "b#2"]),
        ];
        foreach (var message in messages)
        {
            var (decoded, id) = ChecklistValue.Decode(ChecklistValue.Encode(message, 1))!.Value;
            Assert.Equal("b#2", id);
            Assert.Equal(message.ActionPointIds, decoded.ActionPointIds);
            Assert.Equal(message.GetType(), decoded.GetType());
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5|l|a#1|Open|")]
    [InlineData("0|x|a#1|")]
    [InlineData("0|d|a#1|not-a-date|t|")]
    public void Values_it_cannot_read_are_ignored(string? value) => Assert.Null(ChecklistValue.Decode(value));

    [Fact]
    public void Listing_is_escaped_and_says_when_it_was_cut()
    {
        var talk = Talk("t1", "<!here> talk", actionPoints: 1);
        var reply = BlockKitRenderer.Message(ActionListReply.Render(ActionPointFilter.All, "<@U1>", [Row(talk)], total: 12));

        // Button values carry the query back to ConfBot and are never shown, so only the shown text is checked.
        var text = string.Join("\n", reply.Blocks.OfType<SectionBlock>().Select(s => s.Text!.Text)) + Texts(reply.Blocks.OfType<ContextBlock>());
        Assert.DoesNotContain("<!here>", text);
        Assert.DoesNotContain("<@U1>", text);
        Assert.Contains("Showing 1 of 12", text);
    }

    [Theory]
    [InlineData("open kubernetes", "Open", "kubernetes")]
    [InlineData("mine", "Mine", "")]
    [InlineData("DONE", "Done", "")]
    [InlineData("monitoring", "All", "monitoring")]
    [InlineData("", "All", "")]
    public void Reads_the_filter_before_the_query(string argument, string filter, string query) =>
        Assert.Equal((Enum.Parse<ActionPointFilter>(filter), query), ActionPointListing.Parse(argument));

    private static IReadOnlyList<Block> Render(DigestActionPoint row, ChecklistMessage message, int index) =>
        BlockKitRenderer.Blocks(new BotReply("", [.. ActionPointParts.For(row, message, index)]));
}
