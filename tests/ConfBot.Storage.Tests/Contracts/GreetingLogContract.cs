using ConfBot.Storage.Sql.Stores;
using ConfBot.Storage.Tests.TestSupport;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>Who was welcomed to the Messages tab, the same on every provider.</summary>
public abstract class GreetingLogContract : StorageTestBase
{
    [SkippableFact]
    public async Task A_user_is_greeted_once_however_often_they_come_back()
    {
        var log = new SqlGreetingLog(await (await NewDatabaseAsync()).ConnectMigratedAsync());

        Assert.True(await log.TryRecordAsync("U1", Noon));
        Assert.False(await log.TryRecordAsync("U1", Noon.AddDays(30)));
        Assert.True(await log.TryRecordAsync("U2", Noon.AddDays(30)));
    }

    [SkippableFact]
    public async Task A_greeting_survives_a_restart()
    {
        var database = await NewDatabaseAsync();
        await new SqlGreetingLog(await database.ConnectMigratedAsync()).TryRecordAsync("U1", Noon);

        var restarted = new SqlGreetingLog(await database.ConnectMigratedAsync());

        Assert.False(await restarted.TryRecordAsync("U1", Noon.AddHours(1)));
    }

    [SkippableFact]
    public async Task Replicas_opening_the_tab_for_one_user_at_once_greet_once()
    {
        var database = await NewDatabaseAsync();
        var replicas = new[] { new SqlGreetingLog(await database.ConnectMigratedAsync()), new SqlGreetingLog(await database.ConnectMigratedAsync()) };

        var greeted = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => replicas[i % 2].TryRecordAsync("U1", Noon))));

        Assert.Single(greeted, g => g);
    }
}
