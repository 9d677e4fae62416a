using ConfBot.Cli;
using ConfBot.Core.Notes;
using ConfBot.Core.Talks;

namespace ConfBot.Host.Tests.Cli;

/// <summary><c>confbot talks</c> names every file that was not simply read, one line each, and sums the outcomes up.</summary>
public sealed class TalksOutcomeTests
{
    private static readonly TalkCatalog Catalog = new([], [])
    {
        Outcomes =
        [
            NoteOutcome.Read("day1.md", 3, []),
            NoteOutcome.Read("day2.html", 1, [new NoteWarning("day2.html", 4, "front matter read leniently (duplicate key 'date', the last one is used)")]),
            NoteOutcome.NoTalkFound("plan.md", "a schedule without notes", []),
            NoteOutcome.Skipped(new NoteWarning("talks.rst", null, "skipped: reading .rst needs pandoc (apt-get install pandoc)")),
            NoteOutcome.Ignored("slides.pdf", ".pdf is not a notes format"),
        ],
    };

    [Fact]
    public void Every_file_but_those_plainly_read_gets_one_line()
    {
        var errors = new StringWriter();
        TalksCommand.WriteOutcomes(Catalog, errors);
        Assert.Equal([
            "day2.html: read (1 talk); line 4: front matter read leniently (duplicate key 'date', the last one is used)",
            "plan.md: read, no talk found (a schedule without notes)",
            "talks.rst: skipped: reading .rst needs pandoc (apt-get install pandoc)",
            "slides.pdf: ignored (.pdf is not a notes format)",
        ], errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_summary_counts_each_outcome() =>
        Assert.Equal("0 talks from 0 write-ups; 1 notes skipped; 1 read without a talk; 1 files ignored.", TalksCommand.Summary(Catalog));
}
