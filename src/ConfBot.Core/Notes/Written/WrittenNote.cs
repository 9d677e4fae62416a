using System.Text;

namespace ConfBot.Core.Notes.Written;

/// <summary>A note written through the bot rather than kept in the notes folder, read by the same rules.</summary>
/// <param name="Id">Stable id, unique across replicas.</param>
/// <param name="AuthorId">The chat user who wrote it; they (or an admin) may edit and delete it.</param>
/// <param name="FileName">A file name whose extension picks the reader (<c>.md</c>, <c>.txt</c>, <c>.html</c>).</param>
/// <param name="Content">The note's text.</param>
public sealed record WrittenNote(
    string Id, string AuthorId, DateTimeOffset Created, DateTimeOffset Updated, WrittenNoteSource Source, string FileName, string Content)
{
    /// <summary>The note as a path beside the folder's notes, naming it in reading outcomes and sources.</summary>
    public string ReadingPath => $"written/{Id}/{FileName}";

    public byte[] Bytes => Encoding.UTF8.GetBytes(Content);
}
