namespace ConfBot.Core.Notes.Outline;

/// <summary>
/// One unit of a note after its format is read away: a heading, a list item or a paragraph,
/// as plain text with its links. Every reader produces these, so talk building is format-free.
/// </summary>
/// <param name="Level">Heading level (1 = top) for headings; nesting depth (0 = top) for items; 0 for paragraphs.</param>
/// <param name="Line">1-based line in the note file; in a Word document, which has no lines, the paragraph's number.</param>
/// <param name="NamesTalk">A heading made from an explicit "Talk: ..." line or a list item that heads a talk's points.</param>
/// <param name="Emphasised">A paragraph that is all bold: how people head a talk in documents without heading syntax.</param>
/// <param name="Mark">
/// What the author marked the block as, beyond its words, where the format has a way to say it:
/// <see cref="BlockMarks.Todo"/> or <see cref="BlockMarks.Done"/> (Org headline keywords, which also stay at the start
/// of the heading's text; rst <c>.. todo::</c>; ticked or unticked Markdown task lists and Org/AsciiDoc checklists),
/// or an admonition's title as written (<c>"Note"</c>, <c>"Warning"</c>, <c>"Action"</c> for rst
/// <c>.. admonition:: Action</c>), on every block inside it. Null for text the author did not set apart.
/// </param>
/// <param name="IsTitle">A heading made from a line already read as a talk's title (its speakers follow as a field): its words are the title, not to be split again.</param>
internal sealed record NoteBlock(
    BlockKind Kind, int Level, string Text, int Line, IReadOnlyList<RawLink> Links, bool NamesTalk = false, bool Emphasised = false, string? Mark = null,
    bool IsTitle = false)
{
    /// <summary>The to-do the format marks on the block, read from <see cref="Mark"/>: a box, a todo directive, an Action admonition.</summary>
    public ActionMark Action => Mark switch
    {
        BlockMarks.Done => ActionMark.Done,
        BlockMarks.Todo => ActionMark.Open,
        { } title when title.Equals("Action", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Action ", StringComparison.OrdinalIgnoreCase) => ActionMark.Open,
        _ => ActionMark.None,
    };

    /// <summary>A bold line longer than this is an emphasised paragraph, not a heading written in bold; every reader uses it.</summary>
    public const int MaxEmphasisedLength = 120;

    public static NoteBlock Heading(int level, string text, int line, IReadOnlyList<RawLink>? links = null) =>
        new(BlockKind.Heading, level, text, line, links ?? []);

    public static NoteBlock Item(int depth, string text, int line, IReadOnlyList<RawLink>? links = null) =>
        new(BlockKind.Item, depth, text, line, links ?? []);

    public static NoteBlock Paragraph(string text, int line, IReadOnlyList<RawLink>? links = null) =>
        new(BlockKind.Paragraph, 0, text, line, links ?? []);
}
