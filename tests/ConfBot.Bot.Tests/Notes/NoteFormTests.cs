using ConfBot.Bot.Notes;
using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Tests.Notes;

/// <summary>The notes form: a draft shown in it and read back unchanged, and every problem named by its field.</summary>
public sealed class NoteFormTests
{
    private static readonly NoteDraft Full = new()
    {
        Title = "Zero-Copy Parsing",
        Conference = "Oxidize North",
        Year = 2025,
        Speakers = ["Ngozi Adeyemi", "Kofi Mensah"],
        Links = ["https://speakerdeck.com/nadeyemi/zero-copy-parsing", "https://www.youtube.com/watch?v=abc123"],
        Notes = "- return slices into the input buffer\n- Cow for fields that need unescaping",
        ActionPoints = ["Benchmark the log parser with borrowed slices", "Try winnow in the CLI"],
    };

    [Fact]
    public void A_draft_shown_in_the_form_reads_back_as_the_same_draft()
    {
        var form = NoteForm.For(Full, noteId: "n1");

        var reading = NoteForm.Read(Typed(form));

        Assert.Empty(reading.Errors);
        Assert.Equivalent(Full, reading.Draft, strict: true);
        Assert.Equal(("Edit conference notes", "n1"), (form.Title, form.NoteId));
    }

    [Fact]
    public void A_new_form_has_every_field_empty_with_only_the_title_required()
    {
        var form = NoteForm.For(null);

        Assert.Equal(Enum.GetValues<NoteDraftField>(), form.Fields.Select(f => f.Field));
        Assert.All(form.Fields, f => Assert.Null(f.InitialValue));
        Assert.Equal([NoteDraftField.Title], form.Fields.Where(f => !f.Optional).Select(f => f.Field));
        Assert.Equal(("Add conference notes", (string?)null), (form.Title, form.NoteId));
        Assert.Equal(NoteFormInput.Number, form.Fields.Single(f => f.Field == NoteDraftField.Year).Input);
        Assert.Equal(NoteFormInput.Lines, form.Fields.Single(f => f.Field == NoteDraftField.Notes).Input);
    }

    [Fact]
    public void List_fields_take_commas_for_speakers_and_one_entry_per_line_for_links_and_action_points()
    {
        var reading = NoteForm.Read(new Dictionary<NoteDraftField, string?>
        {
            [NoteDraftField.Title] = "  Zero-Copy Parsing ",
            [NoteDraftField.Speakers] = "Ngozi Adeyemi, Kofi Mensah",
            [NoteDraftField.Links] = "https://a.example/talk\n\nhttps://b.example/video?t=1,2",
            [NoteDraftField.ActionPoints] = "- Try winnow, then nom\n• Benchmark it",
        });

        var draft = Assert.IsType<NoteDraft>(reading.Draft);
        Assert.Equal("Zero-Copy Parsing", draft.Title);
        Assert.Equal(["Ngozi Adeyemi", "Kofi Mensah"], draft.Speakers);
        Assert.Equal(["https://a.example/talk", "https://b.example/video?t=1,2"], draft.Links);
        Assert.Equal(["Try winnow, then nom", "Benchmark it"], draft.ActionPoints);
    }

    [Theory]
    [InlineData("twenty twenty-five")]
    [InlineData("2025.5")]
    [InlineData("-2025")]
    public void A_year_that_is_no_whole_number_is_an_error_on_the_year(string year)
    {
        var reading = NoteForm.Read(new Dictionary<NoteDraftField, string?> { [NoteDraftField.Title] = "A talk", [NoteDraftField.Year] = year });

        Assert.Null(reading.Draft);
        var error = Assert.Single(reading.Errors);
        Assert.Equal(NoteDraftField.Year, error.Field);
        Assert.Contains($"'{year}' is not a year", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_field_with_a_problem_gets_its_own_error_parse_and_validation_alike()
    {
        var reading = NoteForm.Read(new Dictionary<NoteDraftField, string?>
        {
            [NoteDraftField.Title] = "   ",
            [NoteDraftField.Year] = "soon",
            [NoteDraftField.Links] = "speakerdeck.com/talk",
        });

        Assert.Null(reading.Draft);
        Assert.Equal([NoteDraftField.Year, NoteDraftField.Title, NoteDraftField.Links], reading.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_prefilled_value_longer_than_a_field_is_cut_at_a_line_break()
    {
        var notes = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"- point number {i}"));

        var field = NoteForm.For(Full with { Notes = notes }).Fields.Single(f => f.Field == NoteDraftField.Notes);

        Assert.True(field.InitialValue!.Length <= NoteForm.MaxFieldLength);
        Assert.StartsWith(field.InitialValue, notes, StringComparison.Ordinal);
        Assert.Equal('\n', notes[field.InitialValue.Length]);
    }

    private static Dictionary<NoteDraftField, string?> Typed(NoteForm form) => form.Fields.ToDictionary(f => f.Field, f => f.InitialValue);
}
