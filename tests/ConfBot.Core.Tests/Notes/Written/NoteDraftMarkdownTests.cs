using System.Text;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes.Written;

/// <summary>A draft written as Markdown is read by the folder's own rules into the talk the draft describes.</summary>
public sealed class NoteDraftMarkdownTests
{
    [Fact]
    public void Reading_a_drafts_markdown_yields_the_drafts_talk()
    {
        var draft = NoteDrafts.Full;

        var writeUp = Assert.Single(NotesReader.WriteUps(NoteDraftMarkdown.Write(draft)));

        Assert.Equal(draft.Title, writeUp.Title);
        Assert.Equal(draft.Conference, writeUp.Conference);
        Assert.Equal(draft.Year, writeUp.Year);
        Assert.Equal(draft.Speakers, writeUp.Speakers);
        Assert.Equal(draft.Links, writeUp.Links.Select(l => l.Url));
        Assert.Equal(
            ["return slices that point into the input buffer instead of owned strings", "\"Cow\" for the fields that sometimes need unescaping",
             "winnow with memchr parsed 910 MB/s without allocating"],
            writeUp.KeyPoints);
        Assert.Equal(draft.ActionPoints, writeUp.ActionPoints.Select(a => a.Text));
    }

    [Fact]
    public void A_draft_with_only_a_title_and_notes_is_one_talk()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps(NoteDraftMarkdown.Write(NoteDrafts.Minimal())));

        Assert.Equal("Observability without dashboards", writeUp.Title);
        Assert.Empty(writeUp.Speakers);
        Assert.Null(writeUp.Conference);
        Assert.Equal(["traces beat logs for finding slow requests"], writeUp.KeyPoints);
    }

    [Fact]
    public void A_conference_named_with_its_year_keeps_that_year()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps(NoteDraftMarkdown.Write(NoteDrafts.Minimal() with { Conference = "KubeCon EU 2024" })));

        Assert.Equal(("KubeCon EU 2024", 2024), (writeUp.Conference, writeUp.Year));
    }

    [Fact]
    public void Markdown_reads_back_into_the_same_draft()
    {
        Assert.Equal(Canonical(NoteDrafts.Full), Canonical(NoteDraftMarkdown.Read(NoteDraftMarkdown.Write(NoteDrafts.Full))!));
        Assert.Equal(Canonical(NoteDrafts.Minimal()), Canonical(NoteDraftMarkdown.Read(NoteDraftMarkdown.Write(NoteDrafts.Minimal()))!));
    }

    [Fact]
    public void Quotes_colons_and_newlines_in_fields_cannot_break_the_front_matter()
    {
        var draft = NoteDrafts.Minimal("Title: \"quoted\" --- and # not a comment") with { Speakers = ["O'Brien, Jr.", "Zoë \\ backslash"] };

        var read = NoteDraftMarkdown.Read(NoteDraftMarkdown.Write(draft))!;

        Assert.Equal(draft.Title, read.Title);
        Assert.Equal(draft.Speakers, read.Speakers);
    }

    [Fact]
    public void A_note_of_another_shape_is_no_draft() =>
        Assert.Null(NoteDraftMarkdown.Read("---\ntitle: Trip report\n---\n\n# Day 1\n- Keynote by Jane Doe"));

    [Fact]
    public void Front_matter_without_speakers_still_reads_as_before()
    {
        var note = "---\ntitle: KubeCon 2019 notes\n---\n\n## Jane Doe - Scaling etcd\n\n- watch the compaction\n\n## John Roe - Helm 3\n\n- no more tiller\n";

        Assert.Equal(2, NotesReader.WriteUps(note).Count);
    }

    private static string Canonical(NoteDraft draft) =>
        new StringBuilder().AppendJoin('|', draft.Title, draft.Conference, draft.Year, string.Join(';', draft.Speakers), string.Join(';', draft.Links),
            draft.Notes.Trim(), string.Join(';', draft.ActionPoints)).ToString();
}
