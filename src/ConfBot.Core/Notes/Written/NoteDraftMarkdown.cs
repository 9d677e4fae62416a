using System.Globalization;
using System.Text;
using ConfBot.Core.Notes.Reading;

namespace ConfBot.Core.Notes.Written;

/// <summary>
/// A draft as a Markdown note and back: the talk's facts in YAML front matter (<c>title</c>, <c>conference</c>,
/// <c>year</c>, <c>speakers</c>, <c>links</c>), the notes as written, then the action points as an unticked task list
/// under an "Action points" heading. The front matter's <c>speakers</c> field makes the notes reader take the whole
/// note as that one talk (<see cref="NoteMetadata.DescribesOneTalk"/>), so headings in the notes open no other talk.
/// </summary>
public static class NoteDraftMarkdown
{
    /// <summary>The file name a draft's note is stored under: its extension picks the Markdown reader.</summary>
    public const string FileName = "notes.md";

    private const string ActionPointsHeading = "## Action points";
    private const string OpenTask = "- [ ] ";

    public static string Write(NoteDraft draft)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(YamlScalar.Quote(draft.Title.Trim())).Append('\n');
        if (!string.IsNullOrWhiteSpace(draft.Conference))
            text.Append("conference: ").Append(YamlScalar.Quote(draft.Conference.Trim())).Append('\n');
        if (draft.Year is { } year)
            text.Append("year: ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("speakers: ").Append(QuoteAll(draft.Speakers)).Append('\n');
        text.Append("links: ").Append(QuoteAll(draft.Links)).Append('\n');
        text.Append("---\n");
        var notes = Normalise(draft.Notes);
        if (notes.Length > 0)
            text.Append('\n').Append(notes).Append('\n');
        if (draft.ActionPoints.Count > 0)
        {
            text.Append('\n').Append(ActionPointsHeading).Append("\n\n");
            foreach (var point in draft.ActionPoints)
                text.Append(OpenTask).Append(point.Trim()).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The draft a note written by <see cref="Write"/> holds, to edit it in the form again; null for a note of another shape.</summary>
    public static NoteDraft? Read(string markdown)
    {
        var lines = Normalise(markdown).Split('\n');
        var (metadata, _) = FrontMatter.Extract(lines);
        if (!metadata.DescribesOneTalk)
            return null;
        var body = lines.SkipWhile(string.IsNullOrWhiteSpace).ToList();
        var heading = body.FindLastIndex(l => l.Trim() == ActionPointsHeading);
        var tail = heading < 0 ? [] : body[(heading + 1)..].Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var actions = heading >= 0 && tail.All(l => l.StartsWith(OpenTask, StringComparison.Ordinal)) ? tail : null;
        return new NoteDraft
        {
            Title = metadata.Title!,
            Conference = metadata.Conference,
            Year = metadata.Year,
            Speakers = metadata.Speakers!,
            Links = metadata.Links,
            Notes = string.Join('\n', actions is null ? body : body[..heading]).Trim(),
            ActionPoints = actions?.Select(l => l[OpenTask.Length..].Trim()).ToList() ?? [],
        };
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    private static string QuoteAll(IReadOnlyList<string> values) => "[" + string.Join(", ", values.Select(v => YamlScalar.Quote(v.Trim()))) + "]";
}
