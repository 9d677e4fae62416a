using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Lists whose items are talks — an index with video and slide links, "[Title](…) by Speaker" favourites, a
/// "Speaker "Title": comment" roundup — rather than points about one. A list is one when most of its items read
/// as talk lines with at least two signals each (see <see cref="TalkLine"/>); each such item then heads a talk of
/// its own, its sub-items its points. A day named on a line of its own ("[Day 1](…):") starts that day's talks.
/// </summary>
internal static partial class TalkLists
{
    private const int StrongLine = 2;

    public static IReadOnlyList<NoteBlock> Promote(IReadOnlyList<NoteBlock> blocks)
    {
        var result = new List<NoteBlock>(blocks.Count);
        var headingLevel = 0;
        var headingNamesTalks = false;
        var underLightningTalks = false;
        for (var i = 0; i < blocks.Count;)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Heading)
            {
                headingLevel = block.Level;
                // A room, track or day heading places talks: a list right under it is read as one of talks.
                headingNamesTalks = NamesTalks().IsMatch(block.Text) || HeadingKinds.IsTrackMarker(block.Text)
                    || HeadingKinds.NamesDay(block.Text);
                underLightningTalks = HeadingKinds.IsLightningTalks(block.Text);
                result.Add(block);
                i++;
                continue;
            }
            if (block.Kind == BlockKind.Paragraph && HeadingKinds.DayMarker(block.Text.TrimEnd(':', ' ')) is not null)
            {
                result.Add(NoteBlock.Heading(Math.Min(headingLevel + 1, 6), block.Text.TrimEnd(':', ' '), block.Line, block.Links));
                i++;
                continue;
            }
            if (block.Kind != BlockKind.Item && !IsTableRow(block))
            {
                result.Add(block);
                i++;
                continue;
            }
            var end = RunEnd(blocks, i);
            var run = blocks.Skip(i).Take(end - i).ToList();
            var lines = IsTableRow(block) && TalkTable.IsHeader(block) ? TalkTable.Read(run)
                : underLightningTalks ? LightningTalks(run)
                : ReadAsTalks(run, headingNamesTalks);
            var level = Math.Min(headingLevel + 1, 6);
            result.AddRange(lines is not null ? Headed(run, lines, level) : IsTableRow(block) ? run : Nested(run, level, headingNamesTalks));
            i = end;
        }
        return result;
    }

    /// <summary>
    /// A list that is not a list of talks may hold some, one level down: a bullet per day ("tues", "Day 2") with the
    /// day's talks under it, a "lightning talks" bullet over its talks. A day bullet becomes the day's heading.
    /// </summary>
    private static IEnumerable<NoteBlock> Nested(List<NoteBlock> run, int level, bool underTalksHeading)
    {
        var depth = run[0].Level;
        for (var i = 0; i < run.Count;)
        {
            var top = run[i];
            var end = i + 1;
            while (end < run.Count && run[end].Level > depth)
                end++;
            var dayText = top.Text.TrimEnd(':', ' ');
            var isDay = HeadingKinds.NamesDay(dayText);
            yield return isDay ? NoteBlock.Heading(level, dayText, top.Line, top.Links) : top;
            if (end > i + 1)
            {
                var children = run.GetRange(i + 1, end - i - 1);
                var talkLevel = isDay ? Math.Min(level + 1, 6) : level;
                var lines = HeadingKinds.IsLightningTalks(top.Text) ? LightningTalks(children) : ReadAsTalks(children, underTalksHeading || NamesTalks().IsMatch(top.Text));
                foreach (var block in lines is not null ? Headed(children, lines, talkLevel) : Nested(children, talkLevel, underTalksHeading))
                    yield return block;
            }
            i = end;
        }
    }

    /// <summary>The consecutive items from <paramref name="start"/>: one list, its nested items included; or one table's rows.</summary>
    private static int RunEnd(IReadOnlyList<NoteBlock> blocks, int start)
    {
        var end = start + 1;
        if (IsTableRow(blocks[start]))
        {
            while (end < blocks.Count && IsTableRow(blocks[end]))
                end++;
            return end;
        }
        var depth = blocks[start].Level;
        while (end < blocks.Count && blocks[end].Kind == BlockKind.Item && blocks[end].Level >= depth)
            end++;
        return end;
    }

    /// <summary>A table's row, as readers give it: its cells joined by " | ". A table of talks is a list of them.</summary>
    private static bool IsTableRow(NoteBlock block) => block.Kind == BlockKind.Paragraph && block.Text.Contains(" | ", StringComparison.Ordinal);

    /// <summary>Each top item's talk line when the list is a list of talks, else null.</summary>
    private static Dictionary<NoteBlock, TalkLine>? ReadAsTalks(List<NoteBlock> run, bool underTalksHeading)
    {
        var depth = run[0].Level;
        var top = run.Where(b => b.Level == depth).ToList();
        var lines = new Dictionary<NoteBlock, TalkLine>(ReferenceEqualityComparer.Instance);
        foreach (var item in top)
            if (TalkLine.Read(item) is { } line)
                lines[item] = underTalksHeading ? line with { Evidence = line.Evidence + 1 } : line;
        var strong = lines.Values.Count(l => l.Evidence >= StrongLine);
        // One line is a list of talks only where the heading above places talks (a room with a single session).
        var needed = underTalksHeading ? 1 : 2;
        return strong >= needed && strong * 2 >= top.Count ? lines : null;
    }

    /// <summary>Under a lightning-talks heading every top item is a talk: a title line if it reads as one, else what it says.</summary>
    private static Dictionary<NoteBlock, TalkLine>? LightningTalks(List<NoteBlock> run)
    {
        var depth = run[0].Level;
        var lines = run.Where(b => b.Level == depth)
            .ToDictionary(b => b, b => TalkLine.Read(b) ?? new TalkLine([b.Text], [], null, 0), (IEqualityComparer<NoteBlock>)ReferenceEqualityComparer.Instance);
        return lines.Count >= 2 ? lines : null;
    }

    private static IEnumerable<NoteBlock> Headed(List<NoteBlock> run, Dictionary<NoteBlock, TalkLine> lines, int level)
    {
        var depth = run[0].Level;
        var inTalk = false;
        foreach (var item in run)
        {
            if (item.Level == depth && lines.TryGetValue(item, out var line))
            {
                inTalk = true;
                foreach (var block in TalkBlocks(item, line, level))
                    yield return block;
            }
            else if (inTalk)
                yield return item with { Level = Math.Max(0, item.Level - depth - (item.Level > depth ? 1 : 0)) };
            else
                yield return item;
        }
    }

    /// <summary>A heading per title the line names, then who gave it and what the author said of it.</summary>
    private static IEnumerable<NoteBlock> TalkBlocks(NoteBlock item, TalkLine line, int level)
    {
        var several = line.Titles.Count > 1;
        foreach (var title in line.Titles)
        {
            var links = several
                ? item.Links.Where(l => l.Text == title || TalkLineText.IsLabel(l)).ToList()
                : item.Links.Where(l => !LinkClassifier.IsProfile(l.Url)).ToList();
            yield return new NoteBlock(BlockKind.Heading, level, title, item.Line, links, NamesTalk: true, IsTitle: line.Speakers.Count > 0);
            if (line.Speakers.Count > 0)
                yield return NoteBlock.Paragraph($"Speaker: {string.Join(", ", line.Speakers)}", item.Line);
            if (line.Comment is { } comment)
                yield return NoteBlock.Paragraph(comment, item.Line, item.Links.Where(l => comment.Contains(l.Text, StringComparison.Ordinal)).ToList());
        }
    }

    [GeneratedRegex(@"\b(?:talks?|sessions?|slides|videos?|presentations?|keynotes?|lightning|speakers?|vortr[aä]ge?|konferenz\w*|conf[ée]rences?|pr[ée]sentations?|sesiones|charlas?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesTalks();
}
