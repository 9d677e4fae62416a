using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes.Formats;

public sealed class OtherNoteFormatTests
{
    [Fact]
    public void Scraped_talk_page_keeps_only_the_proposal()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            Rootconf 2020
            Tickets
            Loading…
            Jane Roe

            @janeroe

            Taming flaky integration tests

            Submitted Feb 3, 2020

            Flaky tests cost us a day a week.

            Outline

              • Quarantine lanes
              • Retry budgets

            Slides

            https://docs.google.com/presentation/d/abc/edit

            Comments

            {{ gettext('Login to leave a comment') }}
            """, "page.txt"));
        Assert.Equal("Taming flaky integration tests", writeUp.Title);
        Assert.Equal(["Jane Roe (@janeroe)"], writeUp.Speakers);
        Assert.Equal("Rootconf", writeUp.Conference);
        Assert.Equal(2020, writeUp.Year);
        Assert.Contains("Quarantine lanes", writeUp.KeyPoints);
        Assert.Contains(writeUp.Links, l => l.Kind == LinkKind.Slides);
        Assert.DoesNotContain(writeUp.KeyPoints, p => p.Contains("gettext", StringComparison.Ordinal) || p.Contains("Tickets", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_page_export_is_read_from_its_dom()
    {
        var writeUps = NotesReader.WriteUps("""
            <!DOCTYPE html>
            <html><body>
            <h1>Velocity 2016</h1>
            <h2>Load testing with Gatling by Ann Smith</h2>
            <ul><li>Simulations are Scala code.<ul><li>Nested point on feeders.</li></ul></li>
            <li>Video: <a href="https://www.youtube.com/watch?v=xyz">recording</a></li></ul>
            <h2>Coffee break</h2>
            </body></html>
            """, "export.html");
        var talk = Assert.Single(writeUps);
        Assert.Equal("Load testing with Gatling", talk.Title);
        Assert.Contains("Nested point on feeders.", talk.KeyPoints);
        Assert.Contains(talk.Links, l => l.Kind == LinkKind.Video);
        Assert.Equal(2016, talk.Year);
    }

    [Fact]
    public void Sources_name_the_file_line_and_heading_as_written_and_the_notes_own_title()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("""
            ---
            title: notes
            ---

            ### Nick Walker - Vend:
            Nick talked about debugging services.
            """, "scale.md"));
        Assert.Equal(new NoteSource("scale.md", 5, "Nick Walker - Vend:") { Note = new NoteAttribution("notes", null, null) }, writeUp.Source);
    }
}
