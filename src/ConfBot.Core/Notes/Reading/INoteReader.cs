using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>Reads one note format into format-free blocks. Readers are asked in order; the first that recognises a note reads it.</summary>
internal interface INoteReader
{
    bool CanRead(NoteText note);

    IReadOnlyList<NoteBlock> Read(NoteText note);
}
