using ConfBot.Core.Notes.Written;

namespace ConfBot.Core.Tests.Notes.Written;

/// <summary>The store's contract in memory (the SQL stores are tested against it in ConfBot.Storage.Tests); shared by "replicas" of a test.</summary>
internal sealed class InMemoryWrittenNoteStore : IWrittenNoteStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WrittenNote> _notes = new(StringComparer.Ordinal);
    private long _version;

    public Task<bool> AddAsync(WrittenNote note, CancellationToken cancellationToken = default) => Change(() => _notes.TryAdd(note.Id, note));

    public Task<WrittenNote?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult(_notes.GetValueOrDefault(id));
    }

    public async Task<WrittenNote?> UpdateContentAsync(string id, string fileName, string content, DateTimeOffset updated, CancellationToken cancellationToken = default)
    {
        var changed = await Change(() =>
        {
            if (!_notes.TryGetValue(id, out var note))
                return false;
            _notes[id] = note with { FileName = fileName, Content = content, Updated = updated };
            return true;
        });
        return changed ? await GetAsync(id, cancellationToken) : null;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) => Change(() => _notes.Remove(id));

    public Task<IReadOnlyList<WrittenNote>> ListAsync(string? authorId = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<WrittenNote>>(
                _notes.Values.Where(n => authorId is null || n.AuthorId == authorId).OrderBy(n => n.Created).ThenBy(n => n.Id, StringComparer.Ordinal).ToList());
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult(_version);
    }

    private Task<bool> Change(Func<bool> change)
    {
        lock (_gate)
        {
            var changed = change();
            if (changed)
                _version++;
            return Task.FromResult(changed);
        }
    }
}
