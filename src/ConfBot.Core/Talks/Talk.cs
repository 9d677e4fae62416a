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

    /// <summary>"Rootconf 2017": the conference and its year, the year left out when the name already holds it; null without a conference.</summary>
    public string? EventLabel => Conference is null ? null
        : Year is { } year && !Conference.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) ? $"{Conference} {year}"
        : Conference;
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
}
