using System.Globalization;

namespace ConfBot.Core.Talks;

/// <summary>A talk as ConfBot knows it: every write-up of it merged, each one's points, links and source kept.</summary>
public sealed record Talk
{
    /// <summary>Stable id derived from the talk's content (conference, year, title), never from list position.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public string? Company { get; init; }
    public string? Conference { get; init; }
    public int? Year { get; init; }

    public int? Day { get; init; }
    public string? Track { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> KeyPoints { get; init; } = [];
    public IReadOnlyList<TalkLink> Links { get; init; } = [];
    public IReadOnlyList<ActionPoint> ActionPoints { get; init; } = [];
    public IReadOnlyList<NoteSource> Sources { get; init; } = [];
    public IReadOnlyList<WriteUp> WriteUps { get; init; } = [];

    /// <summary>The talk's own page (schedule or talk-funnel entry) when a note gives one.</summary>
    public TalkLink? TalkPage => Links.FirstOrDefault(l => l.Kind == LinkKind.TalkPage);

    /// <summary>
    /// The speakers a line showing the title still has to name: those the title does not already carry, as a title
    /// derived from a speaker heading does ("Nick Walker (Vend): debugging services at Vend").
    /// </summary>
    public IReadOnlyList<string> SpeakersNotInTitle =>
        [.. Speakers.Where(s => !ContainsAsWords(Title, s))];

    // "Ann" is not in "Announcing …": a name counts only where it stands as whole words.
    private static bool ContainsAsWords(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The event as people name it: "KubeCon 2019", or just the conference when its name already holds the year
    /// ("SREcon EMEA 2024" is not followed by "2024" again). Null without a conference: a year alone names no event
    /// (it stays in <see cref="Year"/>).
    /// </summary>
    public string? EventLabel => string.IsNullOrWhiteSpace(Conference) ? null
        : Year?.ToString(CultureInfo.InvariantCulture) is { } year && !Conference.Contains(year, StringComparison.Ordinal) ? $"{Conference} {year}"
        : Conference;
}
