using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>Works out a note's conference, year and day from front matter, its title-like headings, first lines and file name, in that order.</summary>
internal static class NoteContextFinder
{
    public static NoteContext Find(NoteText note, IReadOnlyList<NoteBlock> blocks)
    {
        var candidates = new List<string?> { note.Metadata.Conference, note.Metadata.Title };
        candidates.AddRange(blocks.Where(b => b.Kind == BlockKind.Heading).Take(3).Select(b => b.Text));
        candidates.AddRange(note.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).Take(3));
        candidates.Add(Path.GetFileNameWithoutExtension(note.File).Replace('_', ' ').Replace('-', ' '));
        candidates.AddRange(note.Metadata.Tags);

        string? conference = null;
        int? year = null;
        foreach (var text in candidates)
        {
            var (name, foundYear) = ConferenceName.Find(text);
            if (name is null)
                continue;
            conference = name;
            year = foundYear ?? YearFromLinks(blocks, name);
            break;
        }
        // A note declaring its talk names the conference as its author calls it, which need not look like one.
        if (note.Metadata.DescribesOneTalk && !string.IsNullOrWhiteSpace(note.Metadata.Conference))
            (conference, year) = (note.Metadata.Conference, ConferenceName.FindYear(note.Metadata.Conference));
        if (conference is not null)
            year ??= note.Metadata.Year ?? note.Metadata.Date?.Year;

        var day = HeadingKinds.DayMentioned(note.Metadata.Title)
            ?? blocks.Where(b => b.Kind == BlockKind.Heading).Take(2).Select(b => HeadingKinds.DayMentioned(b.Text)).FirstOrDefault(d => d is not null)
            ?? HeadingKinds.DayMentioned(note.Lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) is { Length: <= 80 } first ? first : null);
        return new NoteContext(note.File, conference, year, day, NoteAttributionFinder.Find(note, blocks));
    }

    /// <summary>A year in a link to the conference's own site ("rootconf.in/2017/..."), which names the edition.</summary>
    private static int? YearFromLinks(IReadOnlyList<NoteBlock> blocks, string conference)
    {
        var key = ConferenceName.Key(conference);
        return blocks.SelectMany(b => b.Links)
            .Where(l => ConferenceName.Key(l.Url).Contains(key, StringComparison.Ordinal))
            .Select(l => ConferenceName.FindYear(l.Url))
            .FirstOrDefault(y => y is not null);
    }
}
