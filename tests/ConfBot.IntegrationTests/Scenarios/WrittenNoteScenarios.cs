using System.Text;
using System.Text.Json;
using ConfBot.Bot.Notes;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

/// <summary>Notes written from Slack: the form, the message shortcut, shared files and who may change a note, against the real service.</summary>
public sealed class WrittenNoteScenarios
{
    private const string Title = "Tracing async Rust with tokio-console";

    private static readonly Dictionary<string, string?> ValidNote = new()
    {
        ["note_title"] = Title,
        ["note_conference"] = "RustFest",
        ["note_year"] = "2025",
        ["note_speakers"] = "Ada Quinlan",
        ["note_links"] = "https://rustfest.example/talks/tokio-console",
        ["note_notes"] = "- tokio-console shows tasks stuck waiting on a mutex\n- keep tracing spans on in release builds",
        ["note_action_points"] = "Try tokio-console on the ingest service",
    };

    [Fact]
    public async Task Slash_add_opens_the_form_an_empty_title_is_refused_on_its_field_and_a_saved_note_is_answered()
    {
        await using var service = await ConfBotService.StartAsync();
        service.Slack.Script("views.open", 200, NotePayloads.OpenedView);

        var ack = await service.PostCommandAsync(SlackPayloads.SlashCommand("add", service.Slack.ResponseUrl("add")));
        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        var opened = JsonDocument.Parse((await service.Slack.WaitForCallAsync("views.open")).Body).RootElement;
        Assert.Equal("13345224609.738474920.8088930838d88f008e0", opened.GetProperty("trigger_id").GetString());
        var view = opened.GetProperty("view");
        Assert.Equal("confbot_note", view.GetProperty("callback_id").GetString());
        Assert.Equal(
            ["note_title", "note_conference", "note_year", "note_speakers", "note_links", "note_notes", "note_action_points"],
            view.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("block_id").GetString()));
        var metadata = view.GetProperty("private_metadata").GetString()!;

        var refused = await service.PostInteractionAsync(NotePayloads.Submission(metadata, new Dictionary<string, string?>(ValidNote) { ["note_title"] = null }));
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("errors", errors.GetProperty("response_action").GetString());
        Assert.Equal(["note_title"], errors.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var saved = await service.PostInteractionAsync(NotePayloads.Submission(metadata, ValidNote));
        Assert.Equal(System.Net.HttpStatusCode.OK, saved.StatusCode);
        var told = await service.Slack.WaitForCallAsync("chat.postEphemeral", c => c.Body.Contains("Saved the notes", StringComparison.Ordinal));
        Assert.Equal(SlackPayloads.CommandChannel, told.Json.GetProperty("channel").GetString());
        Assert.Contains(Title, SlackMessageText.Of(told.Body), StringComparison.Ordinal);

        var answer = await service.CommandReplyAsync("tokio-console mutex", "asked");
        Assert.Contains(Title, SlackMessageText.Of(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_that_is_no_number_and_a_link_that_is_no_address_are_refused_on_their_fields()
    {
        await using var service = await ConfBotService.StartAsync();

        var refused = await service.PostInteractionAsync(NotePayloads.Submission("1|Modal|||", new Dictionary<string, string?>(ValidNote)
        {
            ["note_year"] = "MMXXV",
            ["note_links"] = "rustfest.example/talks",
        }));

        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["note_year", "note_links"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("'MMXXV' is not a year", errors.GetProperty("note_year").GetString(), StringComparison.Ordinal);
        Assert.Contains("Nobody has written notes", SlackMessageText.Of(await service.CommandReplyAsync("notes", "listed")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_message_shortcut_opens_the_form_at_once_then_fills_it_from_the_message_and_its_thread()
    {
        await using var service = await ConfBotService.StartAsync();
        const string parent = "*Platform Engineering at Scale* by Dana Whitfield <https://platformcon.example/talks/scale|talk page>";
        service.Slack.Script("views.open", 200, NotePayloads.OpenedView);
        service.Slack.Script("conversations.replies", 200, NotePayloads.Thread(parent, ("W222", "golden paths beat tickets &amp; wikis"), ("W333", "slides: <https://slides.example/scale>")));
        service.Slack.Script("chat.getPermalink", 200, NotePayloads.PermalinkReply);
        service.Slack.Script("views.update", 200, NotePayloads.OpenedView);

        await service.PostInteractionAsync(NotePayloads.MessageShortcut(parent));

        var loading = JsonDocument.Parse((await service.Slack.WaitForCallAsync("views.open")).Body).RootElement;
        Assert.Equal("111.222.xxx", loading.GetProperty("trigger_id").GetString());
        var update = JsonDocument.Parse((await service.Slack.WaitForCallAsync("views.update")).Body).RootElement;
        Assert.Equal(("V111", "1596530361.3wRYuk3R"), (update.GetProperty("view_id").GetString(), update.GetProperty("hash").GetString()));
        var replies = System.Web.HttpUtility.ParseQueryString(service.Slack.CallsTo("conversations.replies").Single().Body);
        Assert.Equal((NotePayloads.ShortcutChannel, NotePayloads.ShortcutMessageTs), (replies["channel"], replies["ts"]));
        var view = update.GetProperty("view");
        var initial = view.GetProperty("blocks").EnumerateArray().ToDictionary(
            b => b.GetProperty("block_id").GetString()!,
            b => b.GetProperty("element").TryGetProperty("initial_value", out var v) ? v.GetString() : null);
        Assert.Equal("Platform Engineering at Scale by Dana Whitfield talk page", initial["note_title"]);
        Assert.Equal(
            "- @W111: *Platform Engineering at Scale* by Dana Whitfield [talk page](https://platformcon.example/talks/scale)\n"
            + "- @W222: golden paths beat tickets & wikis\n- @W333: slides: https://slides.example/scale",
            initial["note_notes"]);
        Assert.Equal("https://platformcon.example/talks/scale\nhttps://slides.example/scale", initial["note_links"]);
        Assert.Equal($"1|Message||{NotePayloads.ShortcutChannel}|{NotePayloads.Permalink}", view.GetProperty("private_metadata").GetString());
    }

    [Fact]
    public async Task A_notes_file_shared_in_a_dm_is_stored_named_and_answered()
    {
        await using var service = await ConfBotService.StartAsync();
        var note = Encoding.UTF8.GetBytes("# GopherCon 2025\n\n## Profiling Go in production by Mira Salo\n\n- pprof labels split CPU time by tenant\n- continuous profiling costs under 2% CPU\n");
        service.Slack.Files["gophercon.md"] = note;
        service.Slack.Script("files.info", 200, NotePayloads.FileInfo("gophercon.md", "markdown", note.Length, service.Slack.FileUrl("gophercon.md")));

        await service.PostEventAsync(NotePayloads.FileShared("gophercon.md", "EvFILE1"));

        var reply = await service.Slack.WaitForCallAsync("chat.postMessage", c => c.Body.Contains("gophercon", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(SlackPayloads.DmChannel, reply.Json.GetProperty("channel").GetString());
        Assert.Contains("Profiling Go in production", SlackMessageText.Of(reply.Body), StringComparison.Ordinal);
        Assert.Contains("Profiling Go in production", SlackMessageText.Of(await service.CommandReplyAsync("pprof labels tenant", "asked")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("huge.md", 4096, "larger than the 1 KB")]
    [InlineData("binary.txt", 64, "binary file")]
    public async Task An_oversized_or_binary_file_gets_a_clear_reply_and_nothing_is_stored(string name, int size, string reason)
    {
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?> { ["ConfBot:Notes:MaxFileBytes"] = "1024" });
        service.Slack.Files[name] = [.. Encoding.UTF8.GetBytes("# Talk\n"), 0x00, 0x01, .. new byte[size - 9]];
        service.Slack.Script("files.info", 200, NotePayloads.FileInfo(name, "text", size, service.Slack.FileUrl(name)));

        await service.PostEventAsync(NotePayloads.FileShared(name, "EvFILE2"));

        var reply = await service.Slack.WaitForCallAsync("chat.postMessage", c => c.Body.Contains("Nothing was stored", StringComparison.Ordinal));
        Assert.Contains(reason, SlackMessageText.Of(reply.Body), StringComparison.Ordinal);
        Assert.Contains("Nobody has written notes", SlackMessageText.Of(await service.CommandReplyAsync("notes", "listed")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_else_editing_or_deleting_a_note_is_refused_and_the_note_stays()
    {
        await using var service = await ConfBotService.StartAsync();
        await SaveAsync(service, SlackPayloads.CommandUser);
        var listing = await service.CommandReplyAsync("notes mine", "mine");
        var noteId = SlackButtons.Value(listing, NoteActions.Edit);

        var edit = await service.ClickAsync(NoteActions.Edit, noteId, "edit", user: "W999");
        var delete = await service.ClickAsync(NoteActions.Delete, noteId, "delete", user: "W999");
        var confirm = await service.ClickAsync(NoteActions.ConfirmDelete, noteId, "confirm", user: "W999");
        var submitted = await service.PostInteractionAsync(NotePayloads.Submission($"1|Modal|{noteId}||", ValidNote, user: "W999"));

        foreach (var refusal in new[] { edit, delete, confirm })
            Assert.Contains("or an admin can change", SlackMessageText.Of(refusal.Body), StringComparison.Ordinal);
        Assert.Empty(service.Slack.CallsTo("views.open"));
        var errors = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("or an admin can change", errors.GetProperty("note_title").GetString(), StringComparison.Ordinal);
        Assert.Contains(Title, SlackMessageText.Of(await service.CommandReplyAsync("tokio-console mutex", "asked")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_author_edits_a_note_in_the_prefilled_form_and_deletes_it_after_confirming()
    {
        await using var service = await ConfBotService.StartAsync();
        service.Slack.Script("views.open", 200, NotePayloads.OpenedView);
        const string author = SlackPayloads.CommandUser;
        await SaveAsync(service, author);
        var noteId = SlackButtons.Value(await service.CommandReplyAsync("notes", "listed"), NoteActions.Edit);

        var click = Payloads.ButtonClick(NoteActions.Edit, noteId, service.Slack.ResponseUrl("edit")).Replace("\"W111\"", $"\"{author}\"", StringComparison.Ordinal);
        await service.PostInteractionAsync(click);
        var form = JsonDocument.Parse((await service.Slack.WaitForCallAsync("views.open")).Body).RootElement.GetProperty("view");
        var confirm = await service.ClickAsync(NoteActions.Delete, noteId, "delete", author);
        var deleted = await service.ClickAsync(NoteActions.ConfirmDelete, SlackButtons.Value(confirm.Body, NoteActions.ConfirmDelete), "deleted", author);

        Assert.Equal(Title, form.GetProperty("blocks")[0].GetProperty("element").GetProperty("initial_value").GetString());
        Assert.Equal($"1|Modal|{noteId}|C111|", form.GetProperty("private_metadata").GetString());
        Assert.True(deleted.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("Deleted the notes", SlackMessageText.Of(deleted.Body), StringComparison.Ordinal);
        Assert.Contains("Nobody has written notes", SlackMessageText.Of(await service.CommandReplyAsync("notes", "listed")), StringComparison.Ordinal);
    }

    /// <summary>
    /// Submits <see cref="ValidNote"/> from a form opened outside a conversation, and returns once its author was told
    /// it is saved: the store and re-index may finish after the ack, the confirmation only after them.
    /// </summary>
    private static async Task SaveAsync(ConfBotService service, string author)
    {
        var ack = await service.PostInteractionAsync(NotePayloads.Submission("1|Modal|||", ValidNote, user: author));
        Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
        await service.Slack.WaitForCallAsync("chat.postMessage", c => c.Json.GetProperty("channel").GetString() == author && c.Body.Contains("Saved the notes", StringComparison.Ordinal));
    }
}
