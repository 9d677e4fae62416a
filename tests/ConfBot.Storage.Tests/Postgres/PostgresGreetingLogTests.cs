using ConfBot.Storage.Tests.Contracts;
using ConfBot.Storage.Tests.TestSupport;

namespace ConfBot.Storage.Tests.Postgres;

public sealed class PostgresGreetingLogTests : GreetingLogContract
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
