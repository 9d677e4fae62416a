using ConfBot.Core.State;

namespace ConfBot.Storage.Sql.Stores;

/// <summary>One insert-if-absent per greeting: of replicas racing to greet one user, exactly one inserts the row.</summary>
internal sealed class SqlGreetingLog(SqlDatabase database) : IGreetingLog
{
    public async Task<bool> TryRecordAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO greeted_users (user_id, greeted_at) VALUES (@user, @now)
            ON CONFLICT (user_id) DO NOTHING
            """);
        return await command.With("@user", userId).With("@now", database.Time(now)).ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
