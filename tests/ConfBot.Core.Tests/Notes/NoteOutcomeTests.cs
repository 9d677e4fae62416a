using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Reading;
using ConfBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.Notes;

/// <summary>Every file in the notes folder ends in exactly one outcome, and says it in one line.</summary>
public sealed class NoteOutcomeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confbot-outcomes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_folder, file), text);

    private NoteOutcome OutcomeOf(string file) => Assert.Single(NotesReader.LoadFolder(_folder).Outcomes, o => o.File == file);

    [Fact]
    public void A_note_with_talks_is_read_and_counts_them()
    {
        Write("day1.md", "## Consul at scale by Ann Lee\n- Gossip pools per DC.\n\n## Vault on k8s by Bob Roe\n- Dynamic secrets.\n");
        var outcome = OutcomeOf("day1.md");
        Assert.Equal((NoteOutcomeKind.Read, 2), (outcome.Kind, outcome.Talks));
        Assert.True(outcome.IsPlainRead);
        Assert.Equal("day1.md: read (2 talks)", outcome.ToString());
    }

    [Fact]
    public void A_note_read_leniently_is_read_and_names_what_was_lenient()
    {
        Write("day1.md", "---\ndate: 2014-04-20\ndate: 2014-04-27\n---\n## Consul at scale by Ann Lee\n- Gossip pools per DC.\n");
        var outcome = OutcomeOf("day1.md");
        Assert.False(outcome.IsPlainRead);
        Assert.Equal("day1.md: read (1 talk); line 3: front matter read leniently (duplicate key 'date', the last one is used)", outcome.ToString());
    }

    [Fact]
    public void Prose_without_headings_or_lists_is_read_but_no_talk_is_found()
    {
        Write("thoughts.txt", "I went to a conference last week.\n\nIt was sunny, and the coffee was good.\n");
        Assert.Equal("thoughts.txt: read, no talk found (no headings or talk lines)", OutcomeOf("thoughts.txt").ToString());
    }

    [Fact]
    public void A_programme_of_time_slots_gives_no_talks_and_is_described_as_a_schedule_without_notes()
    {
        Write("plan.md", """
            # DevOpsDays Zürich, day 1
            | Time  | Room A                                  | Room B                 |
            |-------|-----------------------------------------|------------------------|
            | 09:00 | Registration and coffee                 |                        |
            | 10:00 | Keynote: Platform Engineering Is Dead?  |                        |
            | 11:00 | GitOps at a Bank - Lea Frei             | Open Spaces            |
            | 12:30 | Lunch                                   |                        |
            | 14:00 | Chaos Days in Practice - Tim Baumann    | Ignites                |
            """);
        Assert.Equal("plan.md: read, no talk found (a schedule without notes)", OutcomeOf("plan.md").ToString());
    }

    [Fact]
    public void Timed_headings_with_notes_under_them_are_talks_not_a_schedule()
    {
        Write("day.md", """
            ## 09:15 From Blue Screens to Orange Crabs
            - Rust in the Windows kernel, shipped to every machine
            - drivers first, because that is where the crashes are
            ## 10:30 Rust for AI and Accelerated Computing
            - kernels written once for several GPU vendors
            ## 11:05 Memory Safety Everywhere
            - Carbon as a way out for C++ code that cannot be rewritten
            - interop with C++ templates is the hard part
            """);
        Assert.Equal("day.md: read (3 talks)", OutcomeOf("day.md").ToString());
    }

    [Fact]
    public void A_note_that_cannot_be_read_is_skipped_with_its_reason_and_line()
    {
        File.WriteAllBytes(Path.Combine(_folder, "broken.md"), [.. "## Talk\n"u8, 0x81, 0x82]);
        var outcome = OutcomeOf("broken.md");
        Assert.Equal(NoteOutcomeKind.Skipped, outcome.Kind);
        Assert.Equal("broken.md:2: skipped: not valid UTF-8, nor Windows-1252 (Latin-1) text", outcome.ToString());
    }

    [Fact]
    public void Files_of_other_types_are_ignored_by_name_and_hidden_ones_are_not_listed()
    {
        File.WriteAllBytes(Path.Combine(_folder, "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0, 0]);
        Write("slides.PDF", "%PDF-1.4");
        Write(".notes.md.swp", "## Talk");
        var catalog = NotesReader.LoadFolder(_folder);
        Assert.Equal(["logo.png: ignored (.png is not a notes format)", "slides.PDF: ignored (.pdf is not a notes format)"],
            catalog.Outcomes.Select(o => o.ToString()));
        Assert.Empty(catalog.Warnings);
    }

    [Fact]
    public void Each_file_has_one_outcome_and_the_warnings_are_those_of_skipped_and_lenient_notes()
    {
        Write("a.md", "## Consul at scale by Ann Lee\n- Gossip pools per DC.\n");
        Write("b.md", "---\ntitle: x\n## Vault on k8s by Bob Roe\n");
        File.WriteAllBytes(Path.Combine(_folder, "c.md"), [0, 1, 2]);
        Write("d.png", "");
        var catalog = NotesReader.LoadFolder(_folder);
        Assert.Equal(["a.md", "b.md", "c.md", "d.png"], catalog.Outcomes.Select(o => o.File));
        Assert.Equal(["b.md", "c.md"], catalog.Warnings.Select(w => w.File));
    }

    [Fact]
    public void A_note_whose_converter_is_missing_is_skipped_saying_what_to_install()
    {
        Write("talks.rst", "Consul at scale\n===============\n\n* Gossip pools per DC.\n");
        var missing = new ExternalConverter("confbot-no-such-converter", [], "apt-get install confbot-no-such-converter", TimeSpan.FromSeconds(5));
        var loader = new NotesLoader(Options.Create(new NotesOptions()), new NoteFormats(new Dictionary<string, ExternalConverter> { [".rst"] = missing }));
        var outcome = Assert.Single(loader.Load(_folder).Outcomes);
        Assert.Equal(
            "talks.rst: skipped: reading .rst needs confbot-no-such-converter (apt-get install confbot-no-such-converter)",
            outcome.ToString());
    }
}
