namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// A notes folder for one service: the repository's seeds plus one hostile note whose bullets try to mention
/// <c>&lt;!channel&gt;</c> and a user, as a careless or malicious note could; and a state file of its own.
/// </summary>
internal sealed class TestNotes : IDisposable
{
    public const string HostileQuestion = "pager etiquette";

    public const string HostileNote = """
        PagerCon Notes :- (https://pagercon.example/2024/)
        =================
        Day 1 :
        -------
        1) Pager etiquette for on-call teams
        - Write <!channel> in an incident only when the whole team must act on the pager alert
        - Page <@U0123ABCD> only when the pager rota says so
        """;

    public TestNotes()
    {
        Directory.CreateDirectory(Folder);
        foreach (var seed in Directory.EnumerateFiles(Repository.Seeds))
            File.Copy(seed, Path.Combine(Folder, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(Folder, "zz_pagercon.txt"), HostileNote);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "confbot-notes-" + Guid.NewGuid().ToString("N"));

    /// <summary>A SQLite file beside the notes (not in the folder, where it would be read as a note), deleted with them.</summary>
    public string StateFile => Folder + ".db";

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        foreach (var file in new[] { StateFile, StateFile + "-wal", StateFile + "-shm" })
            File.Delete(file);
    }
}
