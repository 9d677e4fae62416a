using System.Data.Common;
using ConfBot.Core.State;

namespace ConfBot.Storage.Sql.Stores;

/// <summary>Each thread's last answer, one row per thread; the talk ids shown are one space-separated column, in order.</summary>
internal sealed class SqlThreadAnswerStore(SqlDatabase database) : IThreadAnswerStore
{
    public async Task SaveAsync(ThreadKey thread, ThreadAnswer answer, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO thread_answers (channel_id, thread_ts, request, page_offset, talk_ids, focus_talk_id, answered_at)
            VALUES (@channel, @thread, @request, @offset, @talks, @focus, @at)
            ON CONFLICT (channel_id, thread_ts) DO UPDATE SET
                request = excluded.request, page_offset = excluded.page_offset, talk_ids = excluded.talk_ids,
                focus_talk_id = excluded.focus_talk_id, answered_at = excluded.answered_at
            """);
        await command
            .With("@channel", thread.ChannelId)
            .With("@thread", thread.ThreadTs)
            .With("@request", answer.Request)
            .With("@offset", answer.Offset)
            .With("@talks", string.Join(' ', answer.TalkIds))
            .With("@focus", answer.FocusTalkId)
            .With("@at", database.Time(at))
            .ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ThreadAnswer?> GetAsync(ThreadKey thread, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT request, page_offset, talk_ids, focus_talk_id FROM thread_answers WHERE channel_id = @channel AND thread_ts = @thread");
        await using var reader = await command.With("@channel", thread.ChannelId).With("@thread", thread.ThreadTs).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static ThreadAnswer Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt32(1),
        reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        reader.IsDBNull(3) ? null : reader.GetString(3));
}
