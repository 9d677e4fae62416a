using System.Globalization;
using ConfBot.Core.Talks.Building;

namespace ConfBot.Core.Notes.Written;

/// <summary>
/// A talk's notes as a person fills them in: what the talk was, then notes in Markdown and action points. Written as
/// Markdown with front matter (<see cref="NoteDraftMarkdown"/>) that the notes reader reads back into the same talk.
/// </summary>
public sealed record NoteDraft
{
    public const int MaxTitleLength = 200;
    public const int MaxConferenceLength = 100;
    public const int MaxSpeakers = 20;
    public const int MaxSpeakerLength = 100;
    public const int MaxLinks = 30;
    public const int MaxLinkLength = 2000;
    public const int MaxNotesLength = 40_000;
    public const int MaxActionPoints = 50;
    public const int MaxActionPointLength = 500;
    public const int MinYear = 1980;
    public const int MaxYear = 2100;

    public required string Title { get; init; }
    public string? Conference { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>The notes themselves, in Markdown: bullet points become the talk's key points.</summary>
    public string Notes { get; init; } = "";

    public IReadOnlyList<string> ActionPoints { get; init; } = [];

    /// <summary>Every problem with the draft, each naming its field; empty when it can be stored.</summary>
    public IReadOnlyList<NoteDraftError> Validate()
    {
        var errors = new List<NoteDraftError>();
        void Add(NoteDraftField field, string message) => errors.Add(new NoteDraftError(field, message));

        if (string.IsNullOrWhiteSpace(Title))
            Add(NoteDraftField.Title, "Give the talk's title.");
        else if (OneLine(Title, MaxTitleLength) is { } titleProblem)
            Add(NoteDraftField.Title, $"The title {titleProblem}.");
        if (Conference is not null && OneLine(Conference, MaxConferenceLength) is { } conferenceProblem)
            Add(NoteDraftField.Conference, $"The conference {conferenceProblem}.");
        if (Year is { } year and (< MinYear or > MaxYear))
            Add(NoteDraftField.Year, $"{year} is not a year between {MinYear} and {MaxYear}.");
        else if (Year is { } given && ConferenceName.FindYear(Conference) is { } named && named != given)
            Add(NoteDraftField.Year, $"The conference's name says {named.ToString(CultureInfo.InvariantCulture)}; give the same year or leave it out of the name.");

        if (Speakers.Count > MaxSpeakers)
            Add(NoteDraftField.Speakers, $"Name at most {MaxSpeakers} speakers.");
        foreach (var speaker in Speakers.Where(s => OneLine(s, MaxSpeakerLength) is not null || string.IsNullOrWhiteSpace(s)).Take(1))
            Add(NoteDraftField.Speakers, $"'{Shorten(speaker)}' is not a speaker's name (one line, at most {MaxSpeakerLength} characters).");

        if (Links.Count > MaxLinks)
            Add(NoteDraftField.Links, $"Give at most {MaxLinks} links.");
        foreach (var link in Links.Where(l => !IsWebAddress(l)).Take(1))
            Add(NoteDraftField.Links, $"'{Shorten(link)}' is not a web address; links start with https:// or http://.");

        if (Notes.Length > MaxNotesLength)
            Add(NoteDraftField.Notes, $"The notes are {Notes.Length:N0} characters; at most {MaxNotesLength:N0} fit.");

        if (ActionPoints.Count > MaxActionPoints)
            Add(NoteDraftField.ActionPoints, $"Give at most {MaxActionPoints} action points.");
        foreach (var point in ActionPoints.Where(p => OneLine(p, MaxActionPointLength) is not null || string.IsNullOrWhiteSpace(p)).Take(1))
            Add(NoteDraftField.ActionPoints, $"'{Shorten(point)}' is not an action point (one line, at most {MaxActionPointLength} characters).");
        return errors;
    }

    /// <summary>Splits a form's list field ("one per line", commas too) into its entries.</summary>
    public static IReadOnlyList<string> ListOf(string? text, bool commasSeparate) =>
        (text ?? "").Split(commasSeparate ? ['\n', '\r', ','] : ['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => entry.TrimStart('-', '*', '•').Trim())
            .Where(entry => entry.Length > 0)
            .ToList();

    private static string? OneLine(string text, int max) =>
        text.Contains('\n') || text.Contains('\r') ? "must be one line"
        : text.Trim().Length > max ? $"is longer than {max} characters"
        : null;

    private static bool IsWebAddress(string link) =>
        link.Length <= MaxLinkLength && !link.Any(char.IsWhiteSpace)
        && Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0;

    private static string Shorten(string text) => Talks.Building.Sentences.Shorten(text.Trim(), 60);
}
