using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes;

public sealed class NoteAttributionTests
{
    [Fact]
    public void A_note_without_front_matter_is_named_by_its_first_heading_and_byline()
    {
        var writeUp = NotesReader.WriteUps("""
            # RootConf Notes :- (https://rootconf.in/2017/#schedule)

            by Jane Doe, May 2017

            ## Observability at scale
            Jane explained tracing across services.
            """)[0];

        Assert.Equal(new NoteAttribution("RootConf Notes", "Jane Doe", null), writeUp.Source.Note);
    }

    [Fact]
    public void Front_matter_names_the_notes_title_author_and_date()
    {
        var writeUp = NotesReader.WriteUps("""
            ---
            title: Rootconf 2017 Retrospective - Day 02
            author: hashfyre
            date: 2017-05-20
            ---

            ## Asynchronous integration tests
            Pact replays the contract against the provider.
            """)[0];

        Assert.Equal(new NoteAttribution("Rootconf 2017 Retrospective - Day 02", "hashfyre", new DateOnly(2017, 5, 20)), writeUp.Source.Note);
    }

    [Theory]
    [InlineData("By the way, the coffee was great and the venue was far too cold for everyone.")]
    [InlineData("By default, every service restarts on failure.")]
    public void Prose_that_starts_with_by_is_not_a_byline(string prose)
    {
        var writeUp = NotesReader.WriteUps($"""
            # Day one

            {prose}

            ## Observability at scale
            Jane explained tracing across services.
            """)[0];

        Assert.Null(writeUp.Source.Note.Author);
    }
}
