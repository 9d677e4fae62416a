using ConfBot.Core.Notes.Written;
using ConfBot.Storage.Sql.Stores;
using ConfBot.Storage.Tests.TestSupport;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>Written notes and their change version, the same on every provider.</summary>
public abstract class WrittenNoteStoreContract : StorageTestBase
{
    private static WrittenNote Note(string id, string author, int minutes = 0) => new(
        id, author, Noon.AddMinutes(minutes), Noon.AddMinutes(minutes),
        new WrittenNoteSource(WrittenNoteSourceKind.Message, "https://team.slack.com/archives/C1/p1"), "notes.md", $"# Talk {id}\n\n- ünïcode point\n");

    private async Task<SqlWrittenNoteStore> NewStoreAsync() => new(await (await NewDatabaseAsync()).ConnectMigratedAsync());

    [SkippableFact]
    public async Task A_note_is_stored_and_read_back_whole()
    {
        var store = await NewStoreAsync();
        var note = Note("n1", "U1") with { Source = new WrittenNoteSource(WrittenNoteSourceKind.Modal) };

        Assert.True(await store.AddAsync(note));

        Assert.Equal(note, await store.GetAsync("n1"));
        Assert.Null(await store.GetAsync("missing"));
    }

    [SkippableFact]
    public async Task Adding_an_id_twice_keeps_the_first()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Note("n1", "U1"));

        Assert.False(await store.AddAsync(Note("n1", "U2")));
        Assert.Equal("U1", (await store.GetAsync("n1"))!.AuthorId);
    }

    [SkippableFact]
    public async Task Lists_every_note_or_one_authors_oldest_first()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Note("n2", "U1", minutes: 2));
        await store.AddAsync(Note("n1", "U2", minutes: 1));
        await store.AddAsync(Note("n3", "U1", minutes: 3));

        Assert.Equal(["n1", "n2", "n3"], (await store.ListAsync()).Select(n => n.Id));
        Assert.Equal(["n2", "n3"], (await store.ListAsync("U1")).Select(n => n.Id));
    }

    [SkippableFact]
    public async Task An_edit_replaces_the_content_and_keeps_the_rest()
    {
        var store = await NewStoreAsync();
        var note = Note("n1", "U1");
        await store.AddAsync(note);

        var edited = await store.UpdateContentAsync("n1", "talk.txt", "Talk 1\n- new point", Noon.AddHours(1));

        Assert.Equal(note with { FileName = "talk.txt", Content = "Talk 1\n- new point", Updated = Noon.AddHours(1) }, edited);
        Assert.Null(await store.UpdateContentAsync("missing", "x.md", "x", Noon));
    }

    [SkippableFact]
    public async Task Every_add_edit_and_delete_moves_the_version_and_nothing_else_does()
    {
        var store = await NewStoreAsync();
        var versions = new List<long> { await store.GetVersionAsync() };
        await store.AddAsync(Note("n1", "U1"));
        versions.Add(await store.GetVersionAsync());
        await store.UpdateContentAsync("n1", "notes.md", "changed", Noon);
        versions.Add(await store.GetVersionAsync());
        Assert.True(await store.DeleteAsync("n1"));
        versions.Add(await store.GetVersionAsync());

        Assert.Equal(versions.Count, versions.Distinct().Count());
        await store.AddAsync(Note("n2", "U1"));
        var before = await store.GetVersionAsync();
        Assert.False(await store.DeleteAsync("n1"));
        Assert.False(await store.AddAsync(Note("n2", "U2")));
        await store.UpdateContentAsync("missing", "x.md", "x", Noon);
        await store.DeleteAsync("missing");
        Assert.Equal(before, await store.GetVersionAsync());
    }
}
