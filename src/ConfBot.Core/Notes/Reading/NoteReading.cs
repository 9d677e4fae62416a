using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>One file read into blocks, with what was read leniently on the way; or why it was skipped.</summary>
/// <param name="Note">The note as its blocks' lines refer to it; null when skipped.</param>
internal sealed record NoteReading(NoteText? Note, IReadOnlyList<NoteBlock> Blocks, NoteWarning? Skipped, IReadOnlyList<NoteWarning> Warnings)
{
    public static NoteReading Skip(NoteWarning why) => new(null, [], why, []);
}
