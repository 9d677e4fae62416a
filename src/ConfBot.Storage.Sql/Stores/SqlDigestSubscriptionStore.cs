using System.Data.Common;
using System.Globalization;
using ConfBot.Core.State;

namespace ConfBot.Storage.Sql.Stores;

internal sealed class SqlDigestSubscriptionStore(SqlDatabase database) : IDigestSubscriptionStore
{
    private const string Columns = "channel_id, local_time, time_zone, days, since";
    private const string TimeFormat = "HH:mm";

    public async Task SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command($"""
            INSERT INTO digest_subscriptions ({Columns}) VALUES (@channel, @time, @zone, @days, @since)
            ON CONFLICT (channel_id) DO UPDATE SET
                local_time = excluded.local_time, time_zone = excluded.time_zone, days = excluded.days, since = excluded.since
            """);
        await command
            .With("@channel", subscription.ChannelId)
            .With("@time", subscription.LocalTime.ToString(TimeFormat, CultureInfo.InvariantCulture))
            .With("@zone", subscription.TimeZoneId)
            .With("@days", subscription.Days.ToString().ToLowerInvariant())
            .With("@since", database.Time(subscription.Since))
            .ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(string channelId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM digest_subscriptions WHERE channel_id = @channel");
        return await command.With("@channel", channelId).ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<DigestSubscription?> GetAsync(string channelId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM digest_subscriptions WHERE channel_id = @channel");
        await using var reader = await command.With("@channel", channelId).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM digest_subscriptions ORDER BY channel_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var subscriptions = new List<DigestSubscription>();
        while (await reader.ReadAsync(cancellationToken))
            subscriptions.Add(Read(reader));
        return subscriptions;
    }

    private DigestSubscription Read(DbDataReader reader) => new(
        reader.GetString(0),
        TimeOnly.ParseExact(reader.GetString(1), TimeFormat, CultureInfo.InvariantCulture),
        reader.GetString(2),
        Enum.Parse<DigestDays>(reader.GetString(3), ignoreCase: true),
        database.ReadTime(reader, 4));
}
