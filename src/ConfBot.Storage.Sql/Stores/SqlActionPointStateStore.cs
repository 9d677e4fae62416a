using System.Data.Common;
using ConfBot.Core.State;

namespace ConfBot.Storage.Sql.Stores;

internal sealed class SqlActionPointStateStore(SqlDatabase database) : IActionPointStateStore
{
    private const string Upsert = """
        INSERT INTO action_point_state (action_point_id, status, actor, changed_at) VALUES (@id, @status, @user, @now)
        ON CONFLICT (action_point_id) DO UPDATE SET status = excluded.status, actor = excluded.actor, changed_at = excluded.changed_at
        """;

    public async Task<ActionPointState> GetAsync(string actionPointId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, actionPointId, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, ActionPointState>> GetManyAsync(IReadOnlyCollection<string> actionPointIds, CancellationToken cancellationToken = default)
    {
        var states = actionPointIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, ActionPointState.Untouched, StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var batch in actionPointIds.InBatches())
        {
            await using var command = connection.Command("");
            command.CommandText = $"SELECT action_point_id, status, actor, changed_at FROM action_point_state WHERE action_point_id IN ({string.Join(", ", command.WithEach("@id", batch))})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var state = Read(reader);
                states[state.ActionPointId] = state;
            }
        }
        return states;
    }

    // Only an open point can be claimed: a claim by someone else or a done point stays as it is.
    public Task<ActionPointState> ClaimAsync(string actionPointId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
        => ChangeAsync(Upsert + " WHERE action_point_state.status = 'open'", actionPointId, ActionPointStatus.Claimed, userId, now, cancellationToken);

    public Task<ActionPointState> CompleteAsync(string actionPointId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
        => ChangeAsync(Upsert, actionPointId, ActionPointStatus.Done, userId, now, cancellationToken);

    public Task<ActionPointState> ReopenAsync(string actionPointId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
        => ChangeAsync(Upsert, actionPointId, ActionPointStatus.Open, userId, now, cancellationToken);

    private async Task<ActionPointState> ChangeAsync(string sql, string actionPointId, ActionPointStatus status, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var command = connection.Command(sql))
        {
            await command
                .With("@id", actionPointId)
                .With("@status", status.ToString().ToLowerInvariant())
                .With("@user", userId)
                .With("@now", database.Time(now))
                .ExecuteNonQueryAsync(cancellationToken);
        }
        return await ReadAsync(connection, actionPointId, cancellationToken);
    }

    private async Task<ActionPointState> ReadAsync(DbConnection connection, string actionPointId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT action_point_id, status, actor, changed_at FROM action_point_state WHERE action_point_id = @id");
        await using var reader = await command.With("@id", actionPointId).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : ActionPointState.Untouched(actionPointId);
    }

    private ActionPointState Read(DbDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<ActionPointStatus>(reader.GetString(1), ignoreCase: true),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        database.ReadTime(reader, 3));
}
