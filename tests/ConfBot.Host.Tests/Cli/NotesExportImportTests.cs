using ConfBot.Cli;
using ConfBot.Core.Notes.Written;
using ConfBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConfBot.Host.Tests.Cli;

/// <summary><c>confbot notes export</c> and <c>import</c>: files that round-trip through an empty store unchanged.</summary>
public sealed class NotesExportImportTests : IAsyncLifetime
{
    private readonly string _work = Directory.CreateTempSubdirectory("confbot-notes-cli-").FullName;
    private readonly List<IHost> _hosts = [];

    private static readonly DateTimeOffset Morning = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_store_then_export_gives_the_same_files()
    {
        var first = await StoreAsync("first.db");
        await first.AddAsync(new WrittenNote("0197a1", "U1", Morning, Morning.AddHours(1), new WrittenNoteSource(WrittenNoteSourceKind.Modal), NoteDraftMarkdown.FileName,
            NoteDraftMarkdown.Write(new NoteDraft { Title = "Zero-Copy Parsing: nom & winnow", Speakers = ["Ngozi Adeyemi"], Notes = "- borrow, don't allocate" })));
        await first.AddAsync(new WrittenNote("0197a2", "U2", Morning, Morning, new WrittenNoteSource(WrittenNoteSourceKind.Message, "https://team.slack.com/archives/C1/p1"),
            "thread.txt", "Keynote by Jane Doe\r\n- résumé of the day\r\n"));
        await first.AddAsync(new WrittenNote("0197a3", "U2", Morning, Morning, new WrittenNoteSource(WrittenNoteSourceKind.File, "../../etc/passwd.html"),
            "passwd.html", "---\ntitle: Own front matter\n---\n<h2>Talk</h2>"));

        var exported = Path.Combine(_work, "exported");
        await WrittenNoteFolder.ExportAsync(first, exported, TextWriter.Null, CancellationToken.None);
        var second = await StoreAsync("second.db");
        var output = new StringWriter();
        Assert.Equal(0, await WrittenNoteFolder.ImportAsync(second, exported, output, CancellationToken.None));
        var again = Path.Combine(_work, "again");
        await WrittenNoteFolder.ExportAsync(second, again, TextWriter.Null, CancellationToken.None);

        Assert.Equal(await first.ListAsync(), await second.ListAsync());
        Assert.Equal(Files(exported), Files(again));
        Assert.Equal(["passwd--0197a3.html", "thread--0197a2.txt", "zero-copy-parsing-nom-winnow--0197a1.md"], Files(exported).Select(f => f.Name));
        Assert.Contains("Imported 3 new, 0 updated, 0 unchanged", output.ToString());
    }

    [Fact]
    public async Task Importing_twice_changes_nothing_and_a_foreign_file_is_named()
    {
        var store = await StoreAsync("store.db");
        await store.AddAsync(new WrittenNote("n1", "U1", Morning, Morning, new WrittenNoteSource(WrittenNoteSourceKind.Modal), "notes.md", "# Talk\n- point\n"));
        var folder = Path.Combine(_work, "notes");
        await WrittenNoteFolder.ExportAsync(store, folder, TextWriter.Null, CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), "# Our notes\n");
        var version = await store.GetVersionAsync();

        var output = new StringWriter();
        var code = await WrittenNoteFolder.ImportAsync(store, folder, output, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Equal(version, await store.GetVersionAsync());
        Assert.Equal([
            "README.md: skipped: no confbot: block in its front matter, so it is not an exported note",
            "Imported 0 new, 0 updated, 1 unchanged written notes; 1 files skipped.",
        ], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Importing_a_missing_folder_is_a_clear_error()
    {
        var store = await StoreAsync("store.db");
        var errors = new StringWriter();

        var code = await CliErrors.Guard(() => WrittenNoteFolder.ImportAsync(store, Path.Combine(_work, "nowhere"), TextWriter.Null, CancellationToken.None), errors);

        Assert.Equal(2, code);
        Assert.StartsWith("error: Folder '", errors.ToString());
    }

    private static List<(string Name, string Text)> Files(string folder) =>
        Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();

    private async Task<IWrittenNoteStore> StoreAsync(string file)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConfBot:Storage:SqlitePath"] = Path.Combine(_work, file) });
        builder.Services.AddStorage();
        var host = builder.Build();
        _hosts.Add(host);
        // Starting migrates the schema.
        await host.StartAsync();
        return host.Services.GetRequiredService<IWrittenNoteStore>();
    }
}
