using System.Text.Json;
using System.Text.Json.Nodes;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Tests.BlockKit;

/// <summary>Form fields and feedback buttons serialize in Slack's shapes, and are held to its limits.</summary>
public sealed class SurfaceBlockJsonTests
{
    [Fact]
    public void Feedback_buttons_serialize_as_python_slack_sdks_fixture()
    {
        // tests/slack_sdk/models/test_elements.py, FeedbackButtonsTests.test_document, inside a context_actions block.
        const string expected = """
            {"type":"context_actions","elements":[{"type":"feedback_buttons","action_id":"feedback-123",
             "positive_button":{"text":{"type":"plain_text","text":"+1"},"value":"positive","accessibility_label":"Positive feedback"},
             "negative_button":{"text":{"type":"plain_text","text":"-1"},"value":"negative","accessibility_label":"Negative feedback"}}]}
            """;
        Block block = new ContextActionsBlock(
        [
            new FeedbackButtonsElement(
                "feedback-123",
                new FeedbackButton("+1", "positive") { AccessibilityLabel = "Positive feedback" },
                new FeedbackButton("-1", "negative") { AccessibilityLabel = "Negative feedback" }),
        ]);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), Serialize(block)));
    }

    [Fact]
    public void Form_fields_serialize_with_their_element_types()
    {
        Block year = new InputBlock("Year", new NumberInputElement("year") { MinValue = "1990", InitialValue = "2024" }) { BlockId = "year" };
        Block notes = new InputBlock("Notes", new PlainTextInputElement("notes") { Multiline = true, MaxLength = 3000 }) { BlockId = "notes", Optional = true };

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":"input","block_id":"year","label":{"type":"plain_text","text":"Year"},"element":{"type":"number_input","is_decimal_allowed":false,"initial_value":"2024","min_value":"1990","action_id":"year"}}"""),
            Serialize(year)));
        var element = Serialize(notes)["element"]!;
        Assert.Equal(("plain_text_input", true, 3000), (element["type"]!.GetValue<string>(), element["multiline"]!.GetValue<bool>(), element["max_length"]!.GetValue<int>()));
    }

    [Fact]
    public void Fitting_holds_feedback_and_form_text_to_slacks_limits()
    {
        var longText = new string('x', 3000);
        var feedback = new FeedbackButtonsElement("f", new FeedbackButton(longText, longText), new FeedbackButton("-1", "n") { AccessibilityLabel = longText });
        Block[] blocks =
        [
            new ContextActionsBlock([.. Enumerable.Repeat(feedback, 7)]),
            new InputBlock(longText, new PlainTextInputElement("t") { Placeholder = new PlainText(longText) }),
        ];

        var fitted = BlockKitLimits.FitView(blocks);

        var actions = Assert.IsType<ContextActionsBlock>(fitted[0]);
        Assert.Equal(BlockKitLimits.ContextActionsElements, actions.Elements.Count);
        Assert.Equal(BlockKitLimits.FeedbackButtonText, actions.Elements[0].PositiveButton.Text.Text.Length);
        Assert.Equal(BlockKitLimits.FeedbackAccessibilityLabel, actions.Elements[0].NegativeButton.AccessibilityLabel!.Length);
        var input = Assert.IsType<InputBlock>(fitted[1]);
        Assert.Equal(BlockKitLimits.Placeholder, input.Element.Placeholder!.Text.Length);
        Assert.Equal(BlockKitLimits.InputLabel, input.Label.Text.Length);
    }

    private static JsonNode Serialize(Block block) =>
        JsonNode.Parse(JsonSerializer.Serialize(new ChatMessage { Channel = "C", Text = "t", Blocks = [block] }, SlackJsonContext.Default.ChatMessage))!["blocks"]![0]!;
}
