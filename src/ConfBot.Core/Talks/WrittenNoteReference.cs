using ConfBot.Core.Notes.Written;

namespace ConfBot.Core.Talks;

/// <summary>For a write-up from a written note rather than the notes folder: which note, who wrote it and where it came from.</summary>
public sealed record WrittenNoteReference(string NoteId, string AuthorId, WrittenNoteSource Source);
