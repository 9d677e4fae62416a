using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// A table of talks whose header says what each column holds ("Talk | Speaker(s) | Links | Notes"): each row is a
/// talk, its title and speakers read from their columns, the rest of the row what the author noted.
/// </summary>
internal static partial class TalkTable
{
    private const string Separator = " | ";

    /// <summary>Each row's talk line, keyed by row, when <paramref name="rows"/> start with a header naming a title column.</summary>
    public static Dictionary<NoteBlock, TalkLine>? Read(IReadOnlyList<NoteBlock> rows)
    {
        var header = Cells(rows[0]);
        var title = header.FindIndex(c => TitleColumn().IsMatch(c));
        if (title < 0 || rows.Count < 2)
            return null;
        var speaker = header.FindIndex(c => SpeakerColumn().IsMatch(c));
        var lines = new Dictionary<NoteBlock, TalkLine>(ReferenceEqualityComparer.Instance);
        foreach (var row in rows.Skip(1))
        {
            var cells = Cells(row);
            if (cells.Count != header.Count || cells[title].Trim(' ', '-', '—', '–').Length == 0)
                continue;
            var speakers = speaker >= 0 && cells[speaker].Trim(' ', '-', '—', '–').Length > 0 ? HeadingParser.SpeakerField(cells[speaker]).Speakers : [];
            var notes = cells.Where((c, i) => i != title && i != speaker && !IsLinksOnly(c, row)).Where(c => c.Trim(' ', '-', '—', '–').Length > 0);
            lines[row] = new TalkLine([cells[title].Trim()], speakers, string.Join("; ", notes) is { Length: > 0 } comment ? comment : null, 3);
        }
        return lines.Count > 0 ? lines : null;
    }

    /// <summary>The table's first row when its header names a column of talks: the rows that follow are talks.</summary>
    public static bool IsHeader(NoteBlock row) => Cells(row).Any(c => TitleColumn().IsMatch(c));

    private static List<string> Cells(NoteBlock row) => [.. row.Text.Split(Separator).Select(c => c.Trim())];

    private static bool IsLinksOnly(string cell, NoteBlock row)
    {
        var rest = row.Links.Where(l => l.Text.Length > 0).Aggregate(cell, (c, l) => c.Replace(l.Text, "", StringComparison.Ordinal));
        return rest.Trim(' ', '·', ',', '|', '/', '-', '—').Length == 0 && rest.Length < cell.Length;
    }

    [GeneratedRegex(@"^(?:talks?|titles?|sessions?|topics?|presentations?|vortrag|vorträge|titel|thema|charlas?|titre|sujet|conférences?|título|titolo|タイトル)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleColumn();

    [GeneratedRegex(@"^(?:speakers?|speaker\(s\)|presenters?|presented by|by|who|sprecher(?:in)?|referent(?:in)?|intervenants?|orateurs?|ponentes?|relatori?|登壇者|発表者)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerColumn();
}
