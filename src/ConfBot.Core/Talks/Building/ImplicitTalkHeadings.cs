using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Talks that a note opens without a heading: a "Talk: ..." line, or — in a note with no talk headings at all —
/// a line that is all bold, or a top-level list item whose sub-items are its points. Each becomes a heading one level below the heading above it.
/// </summary>
internal static class ImplicitTalkHeadings
{
    public static IReadOnlyList<NoteBlock> Promote(IReadOnlyList<NoteBlock> blocks, bool hasTalkHeadings)
    {
        var result = new List<NoteBlock>(blocks.Count);
        var headingLevel = 0;
        var inPromotedItem = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Heading)
            {
                headingLevel = block.Level;
                inPromotedItem = false;
                result.Add(block);
                continue;
            }
            var level = Math.Min(headingLevel + 1, 6);
            var isTopLevel = block.Kind == BlockKind.Paragraph || block.Level == 0;
            if (isTopLevel && TalkFields.TalkTitle(block.Text) is { } title)
            {
                result.Add(new NoteBlock(BlockKind.Heading, level, title, block.Line, block.Links, NamesTalk: true));
                inPromotedItem = false;
                continue;
            }
            if (!hasTalkHeadings && (block is { Kind: BlockKind.Item, Level: 0 } && HasSubItems(blocks, i) || block.Emphasised))
            {
                result.Add(new NoteBlock(BlockKind.Heading, level, block.Text, block.Line, block.Links, NamesTalk: true));
                inPromotedItem = true;
                continue;
            }
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

    private static bool HasSubItems(IReadOnlyList<NoteBlock> blocks, int i) =>
        i + 1 < blocks.Count && blocks[i + 1] is { Kind: BlockKind.Item, Level: > 0 };
}
