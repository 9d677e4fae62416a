using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes;

/// <summary>
/// Says what a note in which no talk was found looks like, so its owner can tell a note ConfBot cannot follow from
/// one that holds no talks. It describes the blocks; it decides nothing about talks.
/// </summary>
internal static partial class NoTalkReason
{
    public static string Of(IReadOnlyList<NoteBlock> blocks)
    {
        if (blocks.Count == 0)
            return "no text";
        var structural = blocks.Count(b => b.Kind is BlockKind.Heading or BlockKind.Item);
        if (structural == 0)
            return "no headings or talk lines";
        // A programme lists its slots by time of day: most headings and items start with one.
        var timed = blocks.Count(b => b.Kind is BlockKind.Heading or BlockKind.Item && TimeOfDay().IsMatch(b.Text));
        if (timed >= 3 && timed * 2 >= structural)
            return "a schedule without notes";
        return "no heading or line names a talk";
    }

    [GeneratedRegex(@"^\W{0,2}\d{1,2}[:.h]\d{2}\b")]
    private static partial Regex TimeOfDay();
}
