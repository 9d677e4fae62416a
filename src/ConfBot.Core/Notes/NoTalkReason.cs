using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Talks.Building;

namespace ConfBot.Core.Notes;

/// <summary>
/// Says what a note in which no talk was found looks like, so its owner can tell a note ConfBot cannot follow from
/// one that holds no talks. It describes the blocks; it decides nothing about talks.
/// </summary>
internal static class NoTalkReason
{
    public static string Of(IReadOnlyList<NoteBlock> blocks)
    {
        if (blocks.Count == 0)
            return "no text";
        if (ScheduleShape.IsPlanWithoutNotes(blocks))
            return "a schedule without notes";
        if (!blocks.Any(b => b.Kind is BlockKind.Heading or BlockKind.Item))
            return "no headings or talk lines";
        return "no heading or line names a talk";
    }
}
