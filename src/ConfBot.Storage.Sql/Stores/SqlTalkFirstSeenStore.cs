using ConfBot.Core.State;

namespace ConfBot.Storage.Sql.Stores;

internal sealed class SqlTalkFirstSeenStore(SqlDatabase database) : ITalkFirstSeenStore
{
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> RecordAsync(IReadOnlyCollection<string> talkIds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var firstSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var batch in talkIds.InBatches())
        {
            await using (var insert = connection.Command(""))
            {
                var rows = insert.WithEach("@id", batch).Select(name => $"({name}, @now)");
                insert.With("@now", database.Time(now));
                insert.CommandText = $"INSERT INTO talk_first_seen (talk_id, first_seen_at) VALUES {string.Join(", ", rows)} ON CONFLICT (talk_id) DO NOTHING";
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await using var select = connection.Command("");
            select.CommandText = $"SELECT talk_id, first_seen_at FROM talk_first_seen WHERE talk_id IN ({string.Join(", ", select.WithEach("@id", batch))})";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                firstSeen[reader.GetString(0)] = database.ReadTime(reader, 1);
        }
        return firstSeen;
    }
}
