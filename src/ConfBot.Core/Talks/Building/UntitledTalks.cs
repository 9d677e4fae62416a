using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Some notes list talks under a topic heading as untitled paragraphs, each followed by its "[Video]" and
/// "[Presentation]" links. Each such run is a talk of its own; its title comes from what it says.
/// </summary>
internal static class UntitledTalks
{
    public static IEnumerable<TalkSection> Split(TalkSection section)
    {
        var groups = new List<List<NoteBlock>>();
        var current = new List<NoteBlock>();
        var currentHasLinks = false;
        foreach (var block in section.Body)
        {
            var linkOnly = IsLinkOnly(block);
            if (!linkOnly && currentHasLinks)
            {
                groups.Add(current);
                current = [];
                currentHasLinks = false;
            }
            current.Add(block);
            currentHasLinks |= linkOnly;
        }
        if (currentHasLinks)
            groups.Add(current);

        if (groups.Count < 2 || section.Body.Any(b => b.Kind == BlockKind.Heading))
            return [section];
        return groups.Select(g => new TalkSection(NoteBlock.Heading(section.Heading.Level, "", g[0].Line), g, section.Day, section.Heading.Text));
    }

    private static bool IsLinkOnly(NoteBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Links.Count > 0
        && block.Text.Length <= block.Links.Sum(l => l.Text.Length + 1) + 2;
}
