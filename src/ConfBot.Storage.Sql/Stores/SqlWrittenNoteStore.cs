using System.Data.Common;
using ConfBot.Core.Notes.Written;

namespace ConfBot.Storage.Sql.Stores;

/// <summary>
/// Written notes in one table; <c>written_notes_version</c> holds one counter that every change moves on in the
/// same transaction, so replicas poll one row instead of comparing notes.
/// </summary>
internal sealed class SqlWrittenNoteStore(SqlDatabase database) : IWrittenNoteStore
{
    private const string Columns = "id, author_id, created_at, updated_at, source_kind, source_ref, file_name, content";

    public Task<bool> AddAsync(WrittenNote note, CancellationToken cancellationToken = default) =>
        ChangeAsync(async (connection, transaction) =>
        {
            await using var insert = connection.Command(
                $"INSERT INTO written_notes ({Columns}) VALUES (@id, @author, @created, @updated, @kind, @ref, @file, @content) ON CONFLICT (id) DO NOTHING",
                transaction);
            return await insert
                .With("@id", note.Id)
                .With("@author", note.AuthorId)
                .With("@created", database.Time(note.Created))
                .With("@updated", database.Time(note.Updated))
                .With("@kind", note.Source.Kind.ToString().ToLowerInvariant())
                .With("@ref", note.Source.Reference)
                .With("@file", note.FileName)
                .With("@content", note.Content)
                .ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public async Task<WrittenNote?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await ReadAsync(connection, "WHERE id = @id", "@id", id, cancellationToken)).SingleOrDefault();
    }

    public async Task<WrittenNote?> UpdateContentAsync(string id, string fileName, string content, DateTimeOffset updated, CancellationToken cancellationToken = default)
    {
        var changed = await ChangeAsync(async (connection, transaction) =>
        {
            await using var update = connection.Command("UPDATE written_notes SET file_name = @file, content = @content, updated_at = @updated WHERE id = @id", transaction);
            return await update
                .With("@file", fileName)
                .With("@content", content)
                .With("@updated", database.Time(updated))
                .With("@id", id)
                .ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);
        return changed ? await GetAsync(id, cancellationToken) : null;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        ChangeAsync(async (connection, transaction) =>
        {
            await using var delete = connection.Command("DELETE FROM written_notes WHERE id = @id", transaction);
            return await delete.With("@id", id).ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public async Task<IReadOnlyList<WrittenNote>> ListAsync(string? authorId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return authorId is null
            ? await ReadAsync(connection, "", null, null, cancellationToken)
            : await ReadAsync(connection, "WHERE author_id = @author", "@author", authorId, cancellationToken);
    }

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("SELECT version FROM written_notes_version");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs one change and, when it changed a row, moves the version on in the same transaction.</summary>
    private async Task<bool> ChangeAsync(Func<DbConnection, DbTransaction, Task<bool>> change, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await change(connection, transaction);
        if (changed)
        {
            await using var bump = connection.Command("UPDATE written_notes_version SET version = version + 1", transaction);
            await bump.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private async Task<IReadOnlyList<WrittenNote>> ReadAsync(DbConnection connection, string where, string? name, string? value, CancellationToken cancellationToken)
    {
        await using var command = connection.Command($"SELECT {Columns} FROM written_notes {where} ORDER BY created_at, id");
        if (name is not null)
            command.With(name, value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var notes = new List<WrittenNote>();
        while (await reader.ReadAsync(cancellationToken))
            notes.Add(new WrittenNote(
                reader.GetString(0),
                reader.GetString(1),
                database.ReadTime(reader, 2),
                database.ReadTime(reader, 3),
                new WrittenNoteSource(Enum.Parse<WrittenNoteSourceKind>(reader.GetString(4), ignoreCase: true), reader.IsDBNull(5) ? null : reader.GetString(5)),
                reader.GetString(6),
                reader.GetString(7)));
        return notes;
    }
}
