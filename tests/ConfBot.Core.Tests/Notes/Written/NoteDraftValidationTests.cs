using ConfBot.Core.Notes.Written;

namespace ConfBot.Core.Tests.Notes.Written;

/// <summary>A draft is refused field by field, in words for the person who filled the form in.</summary>
public sealed class NoteDraftValidationTests
{
    [Fact]
    public void A_complete_draft_has_no_errors() => Assert.Empty(NoteDrafts.Full.Validate());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_title_is_refused(string title) =>
        Assert.Equal([NoteDraftField.Title], Fields(NoteDrafts.Minimal(title)));

    [Fact]
    public void A_title_over_the_limit_or_on_two_lines_is_refused()
    {
        Assert.Equal([NoteDraftField.Title], Fields(NoteDrafts.Minimal(new string('x', NoteDraft.MaxTitleLength + 1))));
        Assert.Equal([NoteDraftField.Title], Fields(NoteDrafts.Minimal("two\nlines")));
    }

    [Theory]
    [InlineData(1979)]
    [InlineData(2101)]
    [InlineData(-5)]
    public void A_year_out_of_range_is_refused(int year)
    {
        var error = Assert.Single((NoteDrafts.Minimal() with { Year = year }).Validate());
        Assert.Equal(NoteDraftField.Year, error.Field);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void A_year_that_contradicts_the_conference_name_is_refused() =>
        Assert.Equal([NoteDraftField.Year], Fields(NoteDrafts.Minimal() with { Conference = "KubeCon 2024", Year = 2023 }));

    [Theory]
    [InlineData("speakerdeck.com/talk")]
    [InlineData("ftp://example.com/slides.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://exa mple.com")]
    public void A_link_that_is_not_an_absolute_web_address_is_refused(string link)
    {
        var error = Assert.Single((NoteDrafts.Minimal() with { Links = ["https://ok.example/talk", link] }).Validate());
        Assert.Equal(NoteDraftField.Links, error.Field);
        Assert.Contains(link.Trim(), error.Message);
    }

    [Fact]
    public void Over_long_fields_are_refused_each_by_name()
    {
        var draft = NoteDrafts.Minimal() with
        {
            Conference = new string('c', NoteDraft.MaxConferenceLength + 1),
            Speakers = Enumerable.Range(0, NoteDraft.MaxSpeakers + 1).Select(i => $"Speaker {i}").ToList(),
            Notes = new string('n', NoteDraft.MaxNotesLength + 1),
            ActionPoints = [new string('a', NoteDraft.MaxActionPointLength + 1)],
        };

        Assert.Equal([NoteDraftField.Conference, NoteDraftField.Speakers, NoteDraftField.Notes, NoteDraftField.ActionPoints], Fields(draft));
    }

    [Fact]
    public void A_forms_list_field_splits_into_entries() =>
        Assert.Equal(["Jane Doe", "John Roe", "Ada"], NoteDraft.ListOf("Jane Doe, John Roe\n- Ada\n\n", commasSeparate: true));

    private static IReadOnlyList<NoteDraftField> Fields(NoteDraft draft) => draft.Validate().Select(e => e.Field).ToList();
}
