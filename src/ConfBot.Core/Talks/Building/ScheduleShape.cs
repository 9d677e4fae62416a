using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// A programme or a plan — slots by time of day ("09:00 | Keynote", "- 12:30 Lunch") with next to nothing written
/// under them — says what was on, not what anyone attended or learned: no talks are made from its rows.
/// </summary>
internal static partial class ScheduleShape
{
    private const int MinimumSlots = 3;

    public static bool IsPlanWithoutNotes(IReadOnlyList<NoteBlock> blocks)
    {
        var slots = blocks.Count(IsTimeSlot);
        if (slots < MinimumSlots)
            return false;
        // An introduction or a line about the venue is allowed; notes on the talks would outnumber the slots.
        var written = blocks.Count(b => b.Kind != BlockKind.Heading && !IsTimeSlot(b));
        return written * 3 <= slots;
    }

    /// <summary>A line or heading that starts with a time of day.</summary>
    public static bool IsTimeSlot(NoteBlock block) => TimeOfDay().IsMatch(block.Text);

    [GeneratedRegex(@"^\W{0,2}\d{1,2}[:.h]\d{2}\b")]
    private static partial Regex TimeOfDay();
}
