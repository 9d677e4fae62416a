using ConfBot.Core.Notes.Written;

namespace ConfBot.Cli;

/// <summary>Written notes to and from a folder of <see cref="WrittenNoteFile"/> files; what each command reports.</summary>
internal static class WrittenNoteFolder
{
    public static async Task<int> ExportAsync(IWrittenNoteStore store, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var notes = await store.ListAsync(null, cancellationToken);
        foreach (var note in notes)
            await File.WriteAllTextAsync(Path.Combine(folder, WrittenNoteFile.FileName(note)), WrittenNoteFile.Write(note), cancellationToken);
        await output.WriteLineAsync($"Exported {notes.Count} written notes to {folder}.");
        return 0;
    }

    /// <summary>Idempotent by id: a note already stored with the same text is left alone, one with other text takes the file's.</summary>
    public static async Task<int> ImportAsync(IWrittenNoteStore store, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Folder '{folder}' does not exist.");
        int added = 0, updated = 0, unchanged = 0, skipped = 0;
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var (note, problem) = WrittenNoteFile.Read(await File.ReadAllTextAsync(path, cancellationToken));
            if (note is null)
            {
                await output.WriteLineAsync($"{Path.GetFileName(path)}: skipped: {problem}");
                skipped++;
            }
            else if (await store.GetAsync(note.Id, cancellationToken) is not { } existing)
            {
                await store.AddAsync(note, cancellationToken);
                added++;
            }
            else if (existing.Content != note.Content || existing.FileName != note.FileName)
            {
                await store.UpdateContentAsync(note.Id, note.FileName, note.Content, note.Updated, cancellationToken);
                updated++;
            }
            else
                unchanged++;
        }
        await output.WriteLineAsync($"Imported {added} new, {updated} updated, {unchanged} unchanged written notes; {skipped} files skipped.");
        return skipped > 0 ? 1 : 0;
    }
}
