using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Talks that a note opens without a heading: a "Talk: ..." line, or — in a note with no talk headings at all —
/// a line that is all bold, or a top-level list item whose sub-items are its points; and, under a day or in a note
/// without talk headings, a short line standing over a list, when the note does that again and again (a plain-text
/// day of talks: "Keynote" then its points, "DeepDive" then its points). Each becomes a heading one level below
/// the heading above it.
/// </summary>
internal static partial class ImplicitTalkHeadings
{
    private const int MaxLeadLineWords = 20;
    private const int LeadLinesForAPattern = 3;

    public static IReadOnlyList<NoteBlock> Promote(IReadOnlyList<NoteBlock> blocks, bool hasTalkHeadings)
    {
        var result = new List<NoteBlock>(blocks.Count);
        var headingLevel = 0;
        var inPromotedItem = false;
        var sinceHeading = 0;
        var headingWantsTitle = false;
        var leadLinesRepeat = blocks.Where((_, i) => IsLeadLine(blocks, i)).Count() >= LeadLinesForAPattern;
        var inDay = false;
        // Where bold lines head the talks, a list item with sub-items is a point with details, not another talk.
        var emphasisHeadsTalks = blocks.Any(IsEmphasisedHead);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Heading)
            {
                inDay = HeadingKinds.NamesDay(block.Text);
                headingLevel = block.Level;
                inPromotedItem = false;
                sinceHeading = 0;
                headingWantsTitle = WantsTitle(block.Text);
                result.Add(block);
                continue;
            }
            sinceHeading++;
            var level = Math.Min(headingLevel + 1, 6);
            var isTopLevel = block.Kind == BlockKind.Paragraph || block.Level == 0;
            var namesHeadingAbove = headingWantsTitle && sinceHeading <= TalkOpenings.OpeningBlocks;
            if (isTopLevel && !namesHeadingAbove && TalkFields.TalkTitle(block.Text) is { } title)
            {
                result.Add(new NoteBlock(BlockKind.Heading, level, title, block.Line, block.Links, NamesTalk: true, IsTitle: true));
                inPromotedItem = false;
                continue;
            }
            if (!hasTalkHeadings && (!emphasisHeadsTalks && block is { Kind: BlockKind.Item, Level: 0 } && HasSubItems(blocks, i) || IsEmphasisedHead(block)))
            {
                result.Add(new NoteBlock(BlockKind.Heading, level, block.Text, block.Line, block.Links, NamesTalk: true));
                inPromotedItem = true;
                continue;
            }
            if (leadLinesRepeat && (inDay || !hasTalkHeadings) && IsLeadLine(blocks, i))
            {
                result.Add(new NoteBlock(BlockKind.Heading, level, block.Text, block.Line, block.Links, NamesTalk: true));
                inPromotedItem = false;
                continue;
            }
            // A rule of "=====" ends the day: what follows is the author's own summary, not more talks.
            inDay &= !Separator().IsMatch(block.Text);
            if (inPromotedItem && block.Kind == BlockKind.Item)
            {
                result.Add(block with { Level = block.Level - 1 });
                continue;
            }
            inPromotedItem = false;
            result.Add(block);
        }
        return result;
    }

    /// <summary>"Talk 1", "Keynote: Lynn Cherny", "Léa Fontaine": a heading that opens a talk and leaves its title to the lines below.</summary>
    private static bool WantsTitle(string heading)
    {
        var parsed = HeadingParser.Parse(heading);
        return parsed.Title is null || HeadingKinds.IsGenericTalkName(parsed.Title) || parsed.Speakers.Count == 0 && HeadingParser.OnlyPeople(heading).Count > 0;
    }

    /// <summary>A line all in bold that is not a sentence ("This post originally appeared on …." is one).</summary>
    private static bool IsEmphasisedHead(NoteBlock block) => block.Emphasised && !block.Text.TrimEnd().EndsWith('.');

    /// <summary>A short paragraph, not a sentence or a list's introduction, with a list right under it.</summary>
    private static bool IsLeadLine(IReadOnlyList<NoteBlock> blocks, int i) =>
        blocks[i] is { Kind: BlockKind.Paragraph } line
        && i + 1 < blocks.Count && blocks[i + 1] is { Kind: BlockKind.Item, Level: 0 }
        && Sentences.WordCount(line.Text) <= MaxLeadLineWords
        && !line.Text.TrimEnd().EndsWith('.') && !line.Text.TrimEnd().EndsWith(':')
        && !HeadingKinds.IsPartOfTalk(line.Text) && !TalkFields.IsFieldLine(line.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s=\-_*~#+]{3,}$")]
    private static partial System.Text.RegularExpressions.Regex Separator();

    private static bool HasSubItems(IReadOnlyList<NoteBlock> blocks, int i) =>
        i + 1 < blocks.Count && blocks[i + 1] is { Kind: BlockKind.Item, Level: > 0 };
}
