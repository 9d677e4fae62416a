using ConfBot.Bot.Checklist;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Checklist;

/// <summary>The checklist buttons through the real service: signed <c>block_actions</c>, state in a SQLite file that outlives the service.</summary>
public sealed class ChecklistScenarios : IDisposable
{
    private const string Clicker = "W111";

    private readonly string _stateFile = Path.Combine(Path.GetTempPath(), $"confbot-checklist-{Guid.NewGuid():N}.db");

    private Dictionary<string, string?> State => new() { ["ConfBot:Storage:SqlitePath"] = _stateFile };

    [Fact]
    public async Task Claim_done_and_reopen_update_the_message_in_place_and_survive_a_restart()
    {
        string value;
        await using (var service = await ConfBotService.StartAsync(settings: State))
        {
            var listing = await service.CommandReplyAsync("actions open", "list");
            value = SlackButtons.Value(listing, ChecklistActions.Claim);

            var claimed = await service.ClickAsync(ChecklistActions.Claim, value, "claim");
            Assert.True(claimed.Json.GetProperty("replace_original").GetBoolean());
            Assert.Contains($"taken by <@{Clicker}>", SlackMessageText.Of(claimed.Body));

            var done = await service.ClickAsync(ChecklistActions.Done, SlackButtons.Value(claimed.Body, ChecklistActions.Done), "done");
            Assert.Contains($"done by <@{Clicker}>", SlackMessageText.Of(done.Body));
            Assert.Equal(value, SlackButtons.Value(done.Body, ChecklistActions.Reopen));
        }

        await using (var restarted = await ConfBotService.StartAsync(settings: State))
        {
            var doneList = await restarted.CommandReplyAsync("actions done", "done-list");
            Assert.Contains($"done by <@{Clicker}>", SlackMessageText.Of(doneList));

            var reopened = await restarted.ClickAsync(ChecklistActions.Reopen, SlackButtons.Value(doneList, ChecklistActions.Reopen), "reopen");
            var text = SlackMessageText.Of(reopened.Body);
            Assert.DoesNotContain("done by", text);
            Assert.Contains("open", text);
            Assert.Equal(ChecklistValue.Decode(value)!.Value.ActionPointId, ChecklistValue.Decode(SlackButtons.Value(reopened.Body, ChecklistActions.Claim))!.Value.ActionPointId);
        }
    }

    [Fact]
    public async Task Someone_elses_claim_is_kept_and_shown_to_the_second_clicker()
    {
        await using var service = await ConfBotService.StartAsync(settings: State);
        var value = SlackButtons.Value(await service.CommandReplyAsync("actions", "list"), ChecklistActions.Claim);

        await service.ClickAsync(ChecklistActions.Claim, value, "first", user: "U0FIRST");
        var second = await service.ClickAsync(ChecklistActions.Claim, value, "second");

        Assert.Contains("taken by <@U0FIRST>", SlackMessageText.Of(second.Body));
    }

    [Fact]
    public async Task Claimed_points_appear_on_the_claimers_home_tab()
    {
        await using var service = await ConfBotService.StartAsync(settings: State);
        var value = SlackButtons.Value(await service.CommandReplyAsync("actions", "list"), ChecklistActions.Claim);
        await service.ClickAsync(ChecklistActions.Claim, value, "claim");

        await service.PostEventAsync(HomeOpened(Clicker));

        var home = await service.Slack.WaitForCallAsync("views.publish", c => c.Body.Contains(Clicker, StringComparison.Ordinal));
        var text = SlackMessageText.Of(home.Body);
        Assert.Contains("Your action points", text);
        Assert.Contains($"taken by <@{Clicker}>", text);

        // Done from the Home tab itself: no response_url there, so the tab is published again.
        await service.PostInteractionAsync(HomeClick(ChecklistActions.Done, SlackButtons.Value(home.Json.GetProperty("view").GetRawText(), ChecklistActions.Done)));
        var redrawn = await service.Slack.WaitForCallAsync("views.publish", c => c.Body.Contains("None taken", StringComparison.Ordinal));
        Assert.DoesNotContain("taken by", SlackMessageText.Of(redrawn.Body));
    }

    [Fact]
    public async Task A_checkbox_ticked_in_the_notes_starts_done_until_someone_reopens_it()
    {
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?>(State) { ["ConfBot:Search:ReloadDebounce"] = "00:00:00.100" });
        // Written aside and moved in whole: a reload between the file's creation and its write would read it empty.
        var written = Path.Combine(Path.GetDirectoryName(service.NotesFolder)!, $"zz_karpenter-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(written, """
            # KubeCon 2024
            ## Karpenter deep dive by Lee Wong
            - Bin packing by pod requests.
            - [x] Try Karpenter on staging
            """);
        File.Move(written, Path.Combine(service.NotesFolder, "zz_karpenter.md"));
        await Operations.MetricsScenarios.WaitForAsync(service, m => m.Sum("confbot_notes_reloads_total") >= 2);

        var done = await service.CommandReplyAsync("actions done", "done-list");
        Assert.Contains("Try Karpenter on staging", SlackMessageText.Of(done));
        Assert.Contains("ticked off in the notes", SlackMessageText.Of(done));

        var reopened = await service.ClickAsync(ChecklistActions.Reopen, SlackButtons.Value(done, ChecklistActions.Reopen), "reopen");
        var text = SlackMessageText.Of(reopened.Body);
        Assert.DoesNotContain("ticked off", text);
        Assert.Contains("open", text);
    }

    private static string HomeClick(string actionId, string value) =>
        $$"""
        {"type":"block_actions","user":{"id":"{{Clicker}}","team_id":"T111"},"api_app_id":"A111","team":{"id":"T111"},
         "container":{"type":"view","view_id":"V111"},"trigger_id":"111.222.valid",
         "actions":[{"action_id":"{{actionId}}","block_id":"b","value":"{{value}}","type":"button","action_ts":"1596530385.194939"}]}
        """;

    private static string HomeOpened(string user) =>
        $$$"""
        {"token":"t","team_id":"T111","api_app_id":"A111","type":"event_callback","event_id":"EvHOME{{{Guid.NewGuid():N}}}","event_time":1700000000,
         "event":{"type":"app_home_opened","user":"{{{user}}}","channel":"D111","tab":"home","event_ts":"1700000000.000100"}}
        """;

    public void Dispose()
    {
        foreach (var file in new[] { _stateFile, _stateFile + "-wal", _stateFile + "-shm" })
            File.Delete(file);
    }
}
