using ConfBot.Storage.Tests.Contracts;
using ConfBot.Storage.Tests.TestSupport;

namespace ConfBot.Storage.Tests.Sqlite;

public sealed class SqliteGreetingLogTests : GreetingLogContract
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
