using System.Net;
using System.Text.Json;
using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Http;

/// <summary>
/// Shortcuts and modals over HTTP: shortcuts and closings are acked and handled after, routed by callback id; a
/// submission is answered in the response body with what its handler returns.
/// </summary>
public sealed class SlackInteractionEndpointTests : SlackEndpointsTestBase
{
    [Fact]
    public async Task Global_shortcut_is_acked_and_reaches_its_handler()
    {
        var response = await PostInteractionAsync(InteractionPayloads.GlobalShortcut());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shortcut = await Host.Log.NextAsync<ShortcutRequest>();
        Assert.Equal("111.111.xxxxxx", shortcut.TriggerId);
        Assert.Equal("W111", shortcut.User.Id);
    }

    [Fact]
    public async Task Shortcut_without_a_handler_is_acked_and_dropped()
    {
        var response = await PostInteractionAsync(InteractionPayloads.GlobalShortcut(callbackId: "someone-elses"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SlackWorkOutcome.Completed, Assert.Single(await Host.Work.NextAsync(1)).Outcome);
        lock (Host.Log.All)
            Assert.Empty(Host.Log.All);
    }

    [Fact]
    public async Task Message_shortcut_brings_the_message_and_where_it_was()
    {
        await PostInteractionAsync(InteractionPayloads.MessageShortcut);

        var shortcut = await Host.Log.NextAsync<MessageShortcutRequest>();
        Assert.Equal(("C111", "1583636382.000300", "1583636000.000100"), (shortcut.Channel.Id, shortcut.Message.Ts, shortcut.Message.ThreadTs));
        Assert.Equal("W111", shortcut.Message.User);
        Assert.Equal("https://hooks.slack.com/app/T111/111/xxx", shortcut.ResponseUrl);
    }

    [Fact]
    public async Task Submission_errors_are_the_response_body()
    {
        Host.Submissions.Next = _ => Task.FromResult<ViewSubmissionResponse?>(
            ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { ["hspI"] = "A talk needs a title." }));

        var response = await PostInteractionAsync(InteractionPayloads.ViewSubmission());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"response_action":"errors","errors":{"hspI":"A talk needs a title."}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("test", (await Host.Log.NextAsync<ViewSubmissionRequest>()).View.ValueOf("hspI", "maBWU"));
    }

    [Fact]
    public async Task Submission_answered_with_nothing_closes_the_modal_with_an_empty_ack()
    {
        var response = await PostInteractionAsync(InteractionPayloads.ViewSubmission());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Failing_submission_handler_keeps_the_modal_open_with_an_apology_under_its_first_field()
    {
        Host.Submissions.Next = _ => throw new InvalidOperationException("store down");

        var response = await PostInteractionAsync(InteractionPayloads.ViewSubmission());

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("errors", body.RootElement.GetProperty("response_action").GetString());
        Assert.StartsWith("Sorry", body.RootElement.GetProperty("errors").GetProperty("hspI").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closed_modal_reaches_its_handler()
    {
        await PostInteractionAsync(InteractionPayloads.ViewClosed());

        var closed = await Host.Log.NextAsync<ViewClosedRequest>();
        Assert.Equal(("V111", "This is for you!"), (closed.View.Id, closed.View.PrivateMetadata));
    }

    [Fact]
    public async Task Shortcut_without_a_trigger_id_is_a_bad_request() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await PostInteractionAsync("""{"type":"shortcut","callback_id":"test-shortcut","user":{"id":"W111"}}""")).StatusCode);

    private Task<HttpResponseMessage> PostInteractionAsync(string json) =>
        Host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(json), Form);
}
