using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Talks;

public sealed class TalkMergerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confbot-merge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private TalkCatalog Load(params (string File, string Text)[] notes)
    {
        foreach (var (file, text) in notes)
            File.WriteAllText(Path.Combine(_folder, file), text);
        return NotesReader.LoadFolder(_folder);
    }

    [Fact]
    public void Same_talk_page_merges_write_ups_with_different_titles()
    {
        var catalog = Load(
            ("a.md", "# GopherCon 2021\n## [Profiling in prod](https://gophercon.example/talks/17-continuous-profiling-in-production) by @ann\n- pprof always on\n"),
            ("b.md", "# GopherCon 2021\n## Continuous profiling in production\n- use parca\n"));
        var talk = Assert.Single(catalog.Talks);
        Assert.Equal("Continuous profiling in production", talk.Title);
        Assert.Equal(["pprof always on", "use parca"], talk.KeyPoints);
        Assert.Equal(["a.md", "b.md"], talk.Sources.Select(s => s.File));
    }

    [Fact]
    public void Talks_at_different_conferences_or_years_never_merge()
    {
        var catalog = Load(
            ("a.md", "# SREcon 2019\n## Working with secrets\n- vault\n"),
            ("b.md", "# SREcon 2020\n## Working with secrets\n- vault again\n"),
            ("c.md", "# KubeCon 2019\n## Working with secrets\n- sealed secrets\n"));
        Assert.Equal(3, catalog.Talks.Count);
    }

    [Fact]
    public void Two_talks_in_one_note_stay_apart_however_alike()
    {
        var catalog = Load(("a.md", "# Rootconf 2018\n## SELinux workshop\n- labels\n## Living with SELinux\n- contexts\n## SELinux workshop advanced\n- booleans\n"));
        Assert.Equal(3, catalog.Talks.Count);
    }

    [Fact]
    public void Merged_talk_keeps_every_write_ups_links_and_action_points_with_stable_ids()
    {
        var notes = new[]
        {
            ("a.md", "# PyCon 2022\n## Async Python in production\n- [slides](https://speakerdeck.com/x/async)\n- Action point: try anyio\n"),
            ("b.md", "# PyCon 2022\n## Async python in production!\n- video https://youtu.be/abc\n- TODO: benchmark uvloop\n"),
        };
        var first = Load(notes);
        var talk = Assert.Single(first.Talks);
        Assert.Equal([LinkKind.Slides, LinkKind.Video], talk.Links.Select(l => l.Kind));
        Assert.Equal(["try anyio", "benchmark uvloop"], talk.ActionPoints.Select(a => a.Text));

        File.AppendAllText(Path.Combine(_folder, "b.md"), "- a new point\n");
        var again = NotesReader.LoadFolder(_folder);
        Assert.Equal(talk.Id, again.Talks[0].Id);
        Assert.Equal(talk.ActionPoints.Select(a => a.Id), again.Talks[0].ActionPoints.Select(a => a.Id));
    }
}
