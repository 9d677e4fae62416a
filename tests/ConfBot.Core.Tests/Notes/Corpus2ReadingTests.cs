using ConfBot.Core.Notes;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes;

/// <summary>Other people's notes in every format (Data/corpus2, sources in Data/CORPUS2-SOURCES.md) are all read; finding their talks is judged elsewhere.</summary>
public sealed class Corpus2ReadingTests
{
    private static readonly Lazy<IReadOnlyList<NoteOutcome>> Outcomes =
        new(() => NotesReader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "Data", "corpus2")).Outcomes);

    private static IReadOnlyList<NoteOutcome> Load()
    {
        Converters.Require("pandoc", "pandoc");
        Converters.Require("asciidoctor", "asciidoctor");
        return Outcomes.Value;
    }

    [SkippableFact]
    public void Every_note_is_read_and_none_is_skipped_or_ignored()
    {
        var outcomes = Load();
        Assert.Equal(20, outcomes.Count);
        Assert.All(outcomes, o => Assert.Contains(o.Kind, new[] { NoteOutcomeKind.Read, NoteOutcomeKind.NoTalkFound }));
        Assert.Contains(outcomes, o => o is { File: "devoxxbe2023_mbaumann_tangly.adoc", Kind: NoteOutcomeKind.Read });
        Assert.Contains(outcomes, o => o is { File: "djangoconeu2013_pydanny_keynotes.rst", Kind: NoteOutcomeKind.Read });
    }

    [SkippableFact]
    public void The_html_notes_whose_front_matter_repeats_its_date_are_read_with_a_warning_on_that_line()
    {
        var outcomes = Load().Where(o => o.File.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(
            "front matter read leniently (duplicate key 'date', the last one is used)", Assert.Single(o.Warnings).Reason));
    }
}
