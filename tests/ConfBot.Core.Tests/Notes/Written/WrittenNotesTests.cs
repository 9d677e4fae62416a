using System.Text;
using ConfBot.Core.Answers;
using ConfBot.Core.Notes.Written;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Core.Tests.Notes.Written;

/// <summary>Notes written through the bot: stored only when talks are read from them, changed only by their author or an admin, answered at once.</summary>
public sealed class WrittenNotesTests : IDisposable
{
    private static readonly WrittenNoteSource Form = new(WrittenNoteSourceKind.Modal);
    private readonly string _folder = Directory.CreateTempSubdirectory("confbot-written-").FullName;
    private readonly InMemoryWrittenNoteStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly WrittenReplica _replica;

    public WrittenNotesTests()
    {
        File.WriteAllText(Path.Combine(_folder, "kubecon.md"), "# KubeCon 2019\n\n## Scaling etcd clusters by Jane Doe\n\n- compaction keeps the database small\n");
        _replica = new WrittenReplica(_folder, _store, _time, maxFileBytes: 4096, admins: "UADMIN");
    }

    public void Dispose()
    {
        _replica.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_note_from_the_form_is_stored_and_answered_at_once()
    {
        var result = await _replica.Notes.AddAsync("U1", Form, NoteDrafts.Full);

        Assert.Equal(WrittenNoteOutcome.Added, result.Outcome);
        Assert.Equal([NoteDrafts.Full.Title], result.Talks);
        Assert.Equal(("U1", _time.GetUtcNow()), (result.Note!.AuthorId, result.Note.Created));
        Assert.Contains(NoteDrafts.Full.Title, _replica.Answers("winnow memchr"));
    }

    [Fact]
    public async Task An_invalid_draft_names_its_fields_and_stores_nothing()
    {
        var result = await _replica.Notes.AddAsync("U1", Form, NoteDrafts.Minimal("") with { Links = ["not a link"] });

        Assert.Equal(WrittenNoteOutcome.Invalid, result.Outcome);
        Assert.Equal([NoteDraftField.Title, NoteDraftField.Links], result.Errors.Select(e => e.Field));
        Assert.Empty(await _store.ListAsync());
    }

    [Theory]
    [InlineData("talk.md", new byte[] { 0x23, 0x20, 0x00, 0x01 }, WrittenNoteOutcome.Unreadable, "skipped: binary file (contains NUL bytes)")]
    [InlineData("slides.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 }, WrittenNoteOutcome.Unreadable, ".pdf is not a notes format read here")]
    [InlineData("empty.txt", new byte[] { 0x20, 0x0a }, WrittenNoteOutcome.Unreadable, "skipped: empty note")]
    public async Task A_file_that_is_no_readable_note_is_refused_with_the_folders_reason(string name, byte[] content, WrittenNoteOutcome outcome, string reason)
    {
        var result = await _replica.Notes.AddAsync("U1", new WrittenNoteSource(WrittenNoteSourceKind.File, name), name, content);

        Assert.Equal(outcome, result.Outcome);
        Assert.StartsWith(reason, result.Reason);
        Assert.Empty(await _store.ListAsync());
    }

    [Fact]
    public async Task A_file_over_the_folders_size_limit_is_refused()
    {
        var result = await _replica.Notes.AddAsync("U1", Form, "big.md", Encoding.UTF8.GetBytes("# Talk\n" + new string('x', 5000)));

        Assert.Equal(WrittenNoteOutcome.Unreadable, result.Outcome);
        Assert.Equal("skipped: 5,007 bytes is over the 4,096-byte limit", result.Reason);
        Assert.Empty(await _store.ListAsync());
    }

    [Fact]
    public async Task Checking_a_draft_names_its_talks_or_its_problem_and_stores_nothing()
    {
        var readable = _replica.Notes.Check(NoteDrafts.Full);
        var invalid = _replica.Notes.Check(NoteDrafts.Full with { Title = " " });

        Assert.Equal(WrittenNoteOutcome.Checked, readable.Outcome);
        Assert.Equal([NoteDrafts.Full.Title], readable.Talks);
        Assert.Equal(WrittenNoteOutcome.Invalid, invalid.Outcome);
        Assert.Equal([NoteDraftField.Title], invalid.Errors.Select(e => e.Field));
        Assert.Empty(await _store.ListAsync());
        Assert.DoesNotContain(NoteDrafts.Full.Title, _replica.Answers("winnow memchr"));
    }

    [Fact]
    public async Task A_note_without_talks_is_refused_with_what_it_looked_like()
    {
        var result = await _replica.Notes.AddAsync("U1", Form, "plan.txt", Encoding.UTF8.GetBytes("just a sentence with nothing else"));

        Assert.Equal(WrittenNoteOutcome.NoTalkFound, result.Outcome);
        Assert.StartsWith("read, no talk found (", result.Reason);
        Assert.Empty(await _store.ListAsync());
    }

    [Fact]
    public async Task Someone_else_cannot_edit_or_delete_a_note()
    {
        var added = await _replica.Notes.AddAsync("U1", Form, NoteDrafts.Minimal());

        var edit = await _replica.Notes.EditAsync(added.Note!.Id, "U2", NoteDrafts.Minimal("Something else"));
        var delete = await _replica.Notes.DeleteAsync(added.Note.Id, "U2");

        Assert.Equal([WrittenNoteOutcome.Refused, WrittenNoteOutcome.Refused], new[] { edit.Outcome, delete.Outcome });
        Assert.Equal(added.Note, await _store.GetAsync(added.Note.Id));
    }

    [Fact]
    public async Task An_admin_edits_anyones_note_and_the_answer_follows()
    {
        var added = await _replica.Notes.AddAsync("U1", Form, NoteDrafts.Minimal());
        _time.Advance(TimeSpan.FromMinutes(5));

        var edit = await _replica.Notes.EditAsync(added.Note!.Id, "UADMIN", NoteDrafts.Minimal("Chaos engineering on a budget") with { Notes = "- break staging every friday" });

        Assert.Equal(WrittenNoteOutcome.Edited, edit.Outcome);
        Assert.Equal(_time.GetUtcNow(), edit.Note!.Updated);
        Assert.Equal("Chaos engineering on a budget", NoteDraftMarkdown.Read(edit.Note.Content)!.Title);
        Assert.Contains("Chaos engineering on a budget", _replica.Answers("staging friday"));
        Assert.Empty(_replica.Answers("traces slow requests"));
    }

    [Fact]
    public async Task The_author_deletes_a_note_and_it_is_answered_no_more()
    {
        var added = await _replica.Notes.AddAsync("U1", Form, NoteDrafts.Minimal());

        var deleted = await _replica.Notes.DeleteAsync(added.Note!.Id, "U1");

        Assert.Equal(WrittenNoteOutcome.Deleted, deleted.Outcome);
        Assert.Empty(_replica.Answers("traces slow requests"));
        Assert.Equal(WrittenNoteOutcome.NotFound, (await _replica.Notes.DeleteAsync(added.Note.Id, "U1")).Outcome);
    }

    [Fact]
    public async Task Lists_all_notes_or_one_authors()
    {
        await _replica.Notes.AddAsync("U1", Form, NoteDrafts.Minimal("First talk"));
        _time.Advance(TimeSpan.FromSeconds(1));
        await _replica.Notes.AddAsync("U2", Form, NoteDrafts.Minimal("Second talk"));

        Assert.Equal(2, (await _replica.Notes.ListAsync()).Count);
        Assert.Equal(["U2"], (await _replica.Notes.ListAsync("U2")).Select(n => n.AuthorId));
    }

    [Fact]
    public async Task A_written_note_merges_with_the_folders_write_up_of_the_same_talk_and_names_its_author()
    {
        var permalink = "https://team.slack.com/archives/C1/p1717318800000100";
        await _replica.Notes.AddAsync("U7", new WrittenNoteSource(WrittenNoteSourceKind.Message, permalink),
            NoteDrafts.Minimal("Scaling etcd clusters") with { Conference = "KubeCon", Year = 2019, Speakers = ["Jane Doe"], Notes = "- defragment after compaction" });

        var talk = Assert.Single(_replica.Knowledge.Catalog.Talks, t => t.Title == "Scaling etcd clusters");
        Assert.Single(_replica.Knowledge.Catalog.Talks);
        Assert.Equal(2, talk.Sources.Count);
        var written = SourceReference.Of(talk.Sources.Single(s => s.Written is not null), null);
        Assert.Equal(("U7", permalink), (written.WrittenBy, written.Url));
        Assert.Equal(["from 2 write-ups: ", "KubeCon 2019", ", line 3", "; ", "Scaling etcd clusters", " (written by ", "<@U7>", ")"],
            SourceReference.Summary(talk.Sources.Select(s => SourceReference.Of(s, null)).ToList(), s => s.Name, t => t, id => $"<@{id}>"));
    }

    [Fact]
    public async Task Another_replica_answers_a_note_once_it_refreshes_from_the_store()
    {
        using var other = new WrittenReplica(_folder, _store, _time);
        var added = await _replica.Notes.AddAsync("U1", Form, NoteDrafts.Minimal());
        Assert.Empty(other.Answers("traces slow requests"));

        Assert.True(await other.Feed.RefreshAsync());
        Assert.Contains(added.Talks[0], other.Answers("traces slow requests"));
        Assert.False(await other.Feed.RefreshAsync());
    }

    [Fact]
    public async Task The_first_read_of_a_store_without_notes_rebuilds_nothing()
    {
        using var other = new WrittenReplica(_folder, _store, _time);
        var reloads = 0;
        other.Knowledge.Reloaded += (_, _) => reloads++;

        Assert.False(await other.Feed.RefreshAsync());
        Assert.Equal(0, reloads);
    }
}
