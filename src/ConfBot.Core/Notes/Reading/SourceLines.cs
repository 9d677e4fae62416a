using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Puts blocks read from a converter's HTML back on the lines of the note they came from, since the HTML has lines of
/// its own. Blocks come in the note's order, so each is looked for after the previous one: on the first line that
/// holds its first words (then its first word), else on the previous block's line; the first block falls back to 1.
/// Words are compared without markup or case, so <c>**Title**</c> in the note matches "Title" in a block.
/// </summary>
internal static partial class SourceLines
{
    private const int LongProbe = 24;
    private const int ShortProbe = 12;

    public static IReadOnlyList<NoteBlock> Map(IReadOnlyList<NoteBlock> blocks, IReadOnlyList<string> lines)
    {
        var keys = lines.Select(Key).ToArray();
        var mapped = new List<NoteBlock>(blocks.Count);
        var previous = -1;
        foreach (var block in blocks)
        {
            var words = Key(block.Text);
            var found = words.Length == 0 ? -1 : Find(keys, Probe(words, LongProbe), previous + 1);
            if (found < 0 && previous >= 0 && words.Length > 0 && keys[previous].Contains(Probe(words, LongProbe), StringComparison.Ordinal))
                found = previous;
            if (found < 0 && words.Length > 0)
                found = Find(keys, Probe(words.Split(' ')[0], ShortProbe), previous + 1);
            if (found >= 0)
                previous = found;
            mapped.Add(block with { Line = Math.Max(previous, 0) + 1 });
        }
        return mapped;
    }

    private static int Find(string[] keys, string probe, int from)
    {
        for (var i = from; i < keys.Length; i++)
            if (keys[i].Contains(probe, StringComparison.Ordinal))
                return i;
        return -1;
    }

    private static string Probe(string words, int length) => words.Length <= length ? words : words[..length];

    private static string Key(string text) => string.Join(' ', Word().Matches(text).Select(m => m.Value.ToLowerInvariant()));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
