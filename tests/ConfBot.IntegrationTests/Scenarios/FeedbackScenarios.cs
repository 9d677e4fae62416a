using System.Text.Json;
using ConfBot.Bot.Feedback;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class FeedbackScenarios
{
    [Fact]
    public async Task A_thumbs_down_is_stored_and_thanked_with_a_button_whose_modal_takes_what_was_missing_and_confbot_feedback_reports_both()
    {
        string[] shownTalks;
        string stateFile, notes;
        await using (var service = await ConfBotService.StartAsync())
        {
            var asked = await service.CommandReplyAsync("vault", "asked");
            var value = SlackButtons.Value(asked, FeedbackActions.Down);
            shownTalks = [.. FeedbackValue.Decode(value)!.TalkIds];

            var thanks = await service.ClickAsync(FeedbackActions.Down, value, "voted");

            Assert.Contains("is counted", SlackMessageText.Of(thanks.Body), StringComparison.Ordinal);
            Assert.False(thanks.Json.GetProperty("replace_original").GetBoolean());
            var answerKey = SlackButtons.Value(thanks.Body, FeedbackActions.Comment);

            service.Slack.Script("views.open", 200, NotePayloads.OpenedView);
            var clicked = await service.PostInteractionAsync(Payloads.ButtonClick(FeedbackActions.Comment, answerKey, service.Slack.ResponseUrl("comment")));
            Assert.Equal(System.Net.HttpStatusCode.OK, clicked.StatusCode);
            var opened = (await service.Slack.WaitForCallAsync("views.open")).Json;
            Assert.Equal("111.222.valid", opened.GetProperty("trigger_id").GetString());
            var view = opened.GetProperty("view");
            Assert.Equal(("confbot_feedback", answerKey), (view.GetProperty("callback_id").GetString(), view.GetProperty("private_metadata").GetString()));
            Assert.Equal(["feedback_missing"], view.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("block_id").GetString()));

            var submitted = await service.PostInteractionAsync(NotePayloads.Submission(
                answerKey, new Dictionary<string, string?> { ["feedback_missing"] = "  the KubeCon talk on Vault agent injection\n" }, user: "W111", callbackId: "confbot_feedback"));
            Assert.Equal(System.Net.HttpStatusCode.OK, submitted.StatusCode);
            Assert.Equal("", await submitted.Content.ReadAsStringAsync());
            (stateFile, notes) = (service.StateFile, service.NotesFolder);
            await service.StopAsync();

            var settings = new Dictionary<string, string> { ["ConfBot__Storage__SqlitePath"] = stateFile };
            var (exitCode, json, stderr) = await ConfBotBinary.RunAsync(Path.GetTempPath(), settings, "feedback", "--json", "--notes", notes);
            var (textExit, text, _) = await ConfBotBinary.RunAsync(Path.GetTempPath(), settings, "feedback", "--notes", notes);

            Assert.True(exitCode == 0, stderr);
            var report = JsonDocument.Parse(json).RootElement;
            var question = report.GetProperty("questions")[0];
            Assert.Equal(("vault", 0, 1), (question.GetProperty("question").GetString(), question.GetProperty("up").GetInt32(), question.GetProperty("down").GetInt32()));
            Assert.Equal(["the KubeCon talk on Vault agent injection"], question.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
            var vote = report.GetProperty("votes")[0];
            Assert.Equal(("down", "SlashCommand"), (vote.GetProperty("vote").GetString(), vote.GetProperty("surface").GetString()));
            Assert.Equal("the KubeCon talk on Vault agent injection", vote.GetProperty("comment").GetString());
            Assert.Equal(shownTalks.Select((id, i) => (id, i + 1)), vote.GetProperty("talks").EnumerateArray().Select(t => (t.GetProperty("id").GetString()!, t.GetProperty("rank").GetInt32())));
            Assert.Contains(report.GetProperty("talks").EnumerateArray(), t => t.GetProperty("title").GetString() == "Working with Secrets");
            Assert.Equal(0, textExit);
            Assert.Contains("Worst-rated questions", text, StringComparison.Ordinal);
            Assert.Contains("vault", text, StringComparison.Ordinal);
            Assert.Contains("missing: the KubeCon talk on Vault agent injection\n", text, StringComparison.Ordinal);
            Assert.Matches(@"Working with Secrets \[[0-9a-f]{8,}\]", text);
        }
    }

    [Fact]
    public async Task Confbot_feedback_with_a_malformed_since_says_so_without_a_trace()
    {
        var (exitCode, _, stderr) = await ConfBotBinary.RunAsync(Path.GetTempPath(), null, "feedback", "--since", "last week");

        Assert.Equal(2, exitCode);
        Assert.Equal("error: --since 'last week' is not a YYYY-MM-DD date.", stderr.Trim());
    }
}
