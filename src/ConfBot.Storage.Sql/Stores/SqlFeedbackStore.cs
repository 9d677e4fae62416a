using System.Data.Common;
using System.Globalization;
using ConfBot.Core.State;

namespace ConfBot.Storage.Sql.Stores;

/// <summary>
/// Votes on answers, one row per answer and user. The talks shown are one column of <c>rank id</c> lines (talk ids
/// hold no white space): they are only ever read with their vote. The comment, what the voter said was missing, is
/// null until they say something.
/// </summary>
internal sealed class SqlFeedbackStore(SqlDatabase database) : IFeedbackStore
{
    private const string Columns = "answer_key, user_id, question, surface, talks, vote, voted_at, comment";

    public async Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command($"""
            INSERT INTO answer_feedback ({Columns}) VALUES (@key, @user, @question, @surface, @talks, @vote, @at, @comment)
            ON CONFLICT (answer_key, user_id) DO UPDATE SET
                question = excluded.question, surface = excluded.surface, talks = excluded.talks, vote = excluded.vote, voted_at = excluded.voted_at,
                comment = COALESCE(excluded.comment, answer_feedback.comment)
            """);
        await command
            .With("@key", feedback.AnswerKey)
            .With("@user", feedback.UserId)
            .With("@question", feedback.Question)
            .With("@surface", feedback.Surface)
            .With("@talks", string.Join("\n", feedback.Talks.Select(t => $"{t.Rank.ToString(CultureInfo.InvariantCulture)} {t.TalkId}")))
            .With("@vote", feedback.Vote.ToString().ToLowerInvariant())
            .With("@at", database.Time(feedback.At))
            .With("@comment", feedback.Comment)
            .ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> CommentAsync(string answerKey, string userId, string comment, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("UPDATE answer_feedback SET comment = @comment WHERE answer_key = @key AND user_id = @user");
        return await command.With("@comment", comment).With("@key", answerKey).With("@user", userId).ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<AnswerFeedback>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM answer_feedback WHERE voted_at >= @since ORDER BY voted_at, answer_key, user_id");
        await using var reader = await command.With("@since", database.Time(since ?? DateTimeOffset.UnixEpoch)).ExecuteReaderAsync(cancellationToken);
        var votes = new List<AnswerFeedback>();
        while (await reader.ReadAsync(cancellationToken))
            votes.Add(Read(reader));
        return votes;
    }

    private AnswerFeedback Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        [.. reader.GetString(4).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ReadTalk)],
        Enum.Parse<FeedbackVote>(reader.GetString(5), ignoreCase: true),
        database.ReadTime(reader, 6))
    {
        Comment = reader.IsDBNull(7) ? null : reader.GetString(7),
    };

    private static RankedTalk ReadTalk(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return new RankedTalk(line[(space + 1)..], int.Parse(line.AsSpan(0, space), CultureInfo.InvariantCulture));
    }
}
