using ConfBot.Storage.Sql;
using ConfBot.Storage.Sqlite;

namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>A real SQLite file in a fresh temporary folder.</summary>
internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confbot-storage-").FullName;

    private string Path => System.IO.Path.Combine(_folder, "confbot.db");

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConfBot:Storage:SqlitePath"] = Path,
    };

    protected override SqlDatabase Open() => new SqliteDatabase(Path);

    protected override ValueTask DropAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
