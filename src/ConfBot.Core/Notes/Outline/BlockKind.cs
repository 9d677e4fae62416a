namespace ConfBot.Core.Notes.Outline;

public enum BlockKind
{
    Heading,
    Item,
    Paragraph,
}
