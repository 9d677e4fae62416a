using System.Globalization;
using ConfBot.Bot.Replies;
using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Notes;

/// <summary>
/// The form a talk's notes are written or edited in, for any surface that draws forms: its fields in order, each
/// with label, hint and the value it opens with, and which note it edits. <see cref="Read"/> turns what was typed
/// back into a <see cref="NoteDraft"/>, every problem named by its field.
/// </summary>
/// <param name="NoteId">The written note being edited; null for a new one.</param>
public sealed record NoteForm(string Title, IReadOnlyList<NoteFormField> Fields, string? NoteId) : BotForm
{
    /// <summary>
    /// The most one field holds: Slack's <c>plain_text_input</c> limit, the smallest of the surfaces'. Longer notes
    /// come as a shared file, which has the notes folder's limit.
    /// </summary>
    public const int MaxFieldLength = 3000;

    /// <summary>The form for a new note (<paramref name="noteId"/> null), pre-filled from <paramref name="draft"/> if given, or for editing one.</summary>
    public static NoteForm For(NoteDraft? draft, string? noteId = null) => new(
        noteId is null ? "Add conference notes" : "Edit conference notes",
        [
            Field(NoteDraftField.Title, "Talk title", "As the programme gives it.", NoteFormInput.Line, optional: false, draft?.Title, NoteDraft.MaxTitleLength),
            Field(NoteDraftField.Conference, "Conference", "e.g. KubeCon Europe; the year goes below.", NoteFormInput.Line, optional: true, draft?.Conference, NoteDraft.MaxConferenceLength),
            Field(NoteDraftField.Year, "Year", null, NoteFormInput.Number, optional: true, draft?.Year?.ToString(CultureInfo.InvariantCulture), 4),
            Field(NoteDraftField.Speakers, "Speakers", "Separate several with commas.", NoteFormInput.Line, optional: true, Joined(draft?.Speakers, ", "), MaxFieldLength),
            Field(NoteDraftField.Links, "Links", "One per line: talk page, slides, video.", NoteFormInput.Lines, optional: true, Joined(draft?.Links, "\n"), MaxFieldLength),
            Field(NoteDraftField.Notes, "Notes", "Markdown: each - bullet becomes one of the talk's key points.", NoteFormInput.Lines, optional: true, draft?.Notes, MaxFieldLength),
            Field(NoteDraftField.ActionPoints, "Action points", "One per line: what the team should try or change.", NoteFormInput.Lines, optional: true, Joined(draft?.ActionPoints, "\n"), MaxFieldLength),
        ],
        noteId);

    /// <summary>
    /// What was typed (by field; a missing or blank field is empty) as a draft, or each field's problems: a year
    /// that is no number as well as everything <see cref="NoteDraft.Validate"/> finds.
    /// </summary>
    public static NoteFormReading Read(IReadOnlyDictionary<NoteDraftField, string?> values)
    {
        string? Typed(NoteDraftField field) => values.GetValueOrDefault(field)?.Trim() is { Length: > 0 } text ? text : null;
        var errors = new List<NoteDraftError>();
        int? year = null;
        if (Typed(NoteDraftField.Year) is { } typedYear)
        {
            if (int.TryParse(typedYear, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                year = number;
            else
                errors.Add(new NoteDraftError(NoteDraftField.Year, $"'{typedYear}' is not a year: give four digits, such as 2025."));
        }
        var draft = new NoteDraft
        {
            Title = Typed(NoteDraftField.Title) ?? "",
            Conference = Typed(NoteDraftField.Conference),
            Year = year,
            Speakers = NoteDraft.ListOf(Typed(NoteDraftField.Speakers), commasSeparate: true),
            Links = NoteDraft.ListOf(Typed(NoteDraftField.Links), commasSeparate: false),
            Notes = Typed(NoteDraftField.Notes) ?? "",
            ActionPoints = NoteDraft.ListOf(Typed(NoteDraftField.ActionPoints), commasSeparate: false),
        };
        errors.AddRange(draft.Validate());
        return errors.Count > 0 ? new NoteFormReading(null, errors) : new NoteFormReading(draft, []);
    }

    private static NoteFormField Field(NoteDraftField field, string label, string? hint, NoteFormInput input, bool optional, string? value, int maxLength) =>
        new(field, label, hint, input, optional, Fit(value, maxLength), maxLength);

    private static string? Joined(IReadOnlyList<string>? values, string separator) => values is { Count: > 0 } ? string.Join(separator, values) : null;

    /// <summary>A pre-filled value longer than the field holds is cut at its last line break that fits, so no line is cut in two.</summary>
    private static string? Fit(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (value.Length <= maxLength)
            return value;
        var cut = value.LastIndexOf('\n', maxLength - 1);
        return (cut > 0 ? value[..cut] : value[..maxLength]).TrimEnd();
    }
}
