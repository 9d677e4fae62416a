using System.Text.Json;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Interactions;

/// <summary>Shortcut, modal and feedback payloads in Slack's shape read into the adapter's types.</summary>
public sealed class InteractionPayloadTests
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    [Fact]
    public void Submission_values_read_as_block_then_action_then_value()
    {
        const string values = """
            {"title":{"title":{"type":"plain_text_input","value":"Zero trust"}},
             "year":{"year":{"type":"number_input","value":"2024"}},
             "notes":{"notes":{"type":"plain_text_input","value":null}},
             "conference":{"pick":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"NDC"},"value":"ndc"}}}}
            """;

        var view = JsonSerializer.Deserialize(InteractionPayloads.ViewSubmission(values), Json.ViewSubmissionRequest)!.View;

        Assert.Equal("Zero trust", view.ValueOf("title", "title"));
        Assert.Equal("2024", view.ValueOf("year", "year"));
        Assert.Null(view.ValueOf("notes", "notes"));
        Assert.Equal("ndc", view.ValueOf("conference", "pick"));
        Assert.Null(view.ValueOf("speakers", "speakers"));
        Assert.Equal(("V111", "1596530361.3wRYuk3R", "view-id"), (view.Id, view.Hash, view.CallbackId));
    }

    [Fact]
    public void Submission_is_routed_by_its_views_callback_id() =>
        Assert.Equal("notes-form", JsonSerializer.Deserialize(InteractionPayloads.ViewSubmission(callbackId: "notes-form"), Json.ViewSubmissionRequest)!.RouteId);

    [Fact]
    public void Message_shortcut_without_its_message_does_not_parse() =>
        Assert.Null(SlackJson.TryDeserialize(
            """{"type":"message_action","callback_id":"x","trigger_id":"t","user":{"id":"W111"},"channel":{"id":"C111"}}""", Json.MessageShortcutRequest));

    [Fact]
    public void Feedback_click_is_a_block_action_with_the_clicked_value_and_the_messages_metadata()
    {
        var click = JsonSerializer.Deserialize(InteractionPayloads.FeedbackClick, Json.BlockActionRequest)!;

        var action = Assert.Single(click.Actions);
        Assert.Equal((SlackAppIds.FeedbackAction, "feedback_buttons", "negative"), (action.ActionId, action.Type, action.Value));
        Assert.Equal("confbot_answer", click.Message!.Metadata!.EventType);
        Assert.Equal("t2", click.Message.Metadata.EventPayload.GetProperty("talks")[1].GetString());
    }

    [Fact]
    public void Submission_response_serializes_as_slack_reads_it()
    {
        var push = ViewSubmissionResponse.Push(new ConfBot.Slack.Views.ModalView("What was missing?", []));

        Assert.Equal(
            """{"response_action":"push","view":{"type":"modal","title":{"type":"plain_text","text":"What was missing?"},"blocks":[]}}""",
            JsonSerializer.Serialize(push, Json.ViewSubmissionResponse));
        Assert.Equal("""{"response_action":"clear"}""", JsonSerializer.Serialize(ViewSubmissionResponse.Clear(), Json.ViewSubmissionResponse));
    }

    [Fact]
    public void Errors_response_needs_at_least_one_field() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ViewSubmissionResponse.WithErrors(new Dictionary<string, string>()));
}
