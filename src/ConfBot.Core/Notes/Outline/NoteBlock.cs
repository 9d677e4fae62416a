namespace ConfBot.Core.Notes.Outline;

/// <summary>
/// One unit of a note after its format is read away: a heading, a list item or a paragraph,
/// as plain text with its links. Every reader produces these, so talk building is format-free.
/// </summary>
/// <param name="Level">Heading level (1 = top) for headings; nesting depth (0 = top) for items; 0 for paragraphs.</param>
/// <param name="Line">1-based line in the note file.</param>
/// <param name="NamesTalk">A heading made from an explicit "Talk: ..." line or a list item that heads a talk's points.</param>
/// <param name="Emphasised">A paragraph that is all bold: how people head a talk in documents without heading syntax.</param>
/// <param name="Action">The format itself marks the block as a to-do; words that mark one ("TODO", "Action items:") are read later, whatever the format.</param>
internal sealed record NoteBlock(BlockKind Kind, int Level, string Text, int Line, IReadOnlyList<RawLink> Links, bool NamesTalk = false, bool Emphasised = false, ActionMark Action = ActionMark.None)
{
    public static NoteBlock Heading(int level, string text, int line, IReadOnlyList<RawLink>? links = null) =>
        new(BlockKind.Heading, level, text, line, links ?? []);

    public static NoteBlock Item(int depth, string text, int line, IReadOnlyList<RawLink>? links = null) =>
        new(BlockKind.Item, depth, text, line, links ?? []);

    public static NoteBlock Paragraph(string text, int line, IReadOnlyList<RawLink>? links = null) =>
        new(BlockKind.Paragraph, 0, text, line, links ?? []);
}
