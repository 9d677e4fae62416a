using System.Globalization;
using System.Text;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes;

/// <summary>A bad note is skipped with a warning naming it (and its line where there is one); the others still load.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confbot-notes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Empty_note_is_skipped() =>
        Assert.Contains("empty", NotesReader.Warning("   \n\n"u8.ToArray())!.Reason);

    [Fact]
    public void Binary_note_is_skipped() =>
        Assert.Contains("binary", NotesReader.Warning([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])!.Reason);

    [Fact]
    public void Note_over_the_size_limit_is_skipped() =>
        Assert.Contains("limit", NotesReader.Warning(new byte[2048].Select(_ => (byte)'a').ToArray(), maxFileBytes: 1024)!.Reason);

    [Fact]
    public void Html_nested_beyond_any_real_page_is_skipped_naming_the_line()
    {
        var note = "## Talk\n- point\n" + string.Concat(Enumerable.Repeat("<div><span>", 2_000));
        var warning = NotesReader.Warning(Encoding.UTF8.GetBytes(note))!;
        Assert.Contains("nested more than 1,000", warning.Reason);
        Assert.Equal(3, warning.Line);
    }

    [Theory]
    [InlineData("note.md", "- <https://example.com/{0}>")]
    [InlineData("note.txt", "* `slides <https://example.com/{0}>`_")]
    public void Thousands_of_angle_bracketed_links_are_links_not_html_nesting(string file, string line)
    {
        var note = "Talks\n=====\n\n" + string.Join('\n', Enumerable.Range(0, 2_000).Select(i => string.Format(CultureInfo.InvariantCulture, line, i)));
        Assert.Null(NotesReader.Warning(Encoding.UTF8.GetBytes(note), file));
    }

    [Fact]
    public void Long_html_page_of_unclosed_paragraphs_and_items_is_read()
    {
        var page = "<html><body><h2>Consul at scale by Ann Lee</h2><ul>"
            + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<li>point {i}<p>more about it<br>")) + "</ul></body></html>";
        Assert.Null(NotesReader.Warning(Encoding.UTF8.GetBytes(page)));
    }

    [Theory]
    [InlineData("{{< youtube ")]
    [InlineData("{{ ")]
    public async Task A_line_of_a_hundred_thousand_unclosed_template_tags_is_read_without_hanging(string tag)
    {
        var note = Encoding.UTF8.GetBytes("## Talk by Ann Lee\n- " + string.Concat(Enumerable.Repeat(tag, 100_000)) + "\n");
        // A hang guard with a wide margin, not a speed check: it takes milliseconds; unbounded, it took minutes.
        await Task.Run(() => NotesReader.Warning(note)).WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void One_bad_note_never_stops_the_others_from_loading()
    {
        File.WriteAllBytes(Path.Combine(_folder, "bad.md"), [0, 1, 2, 3]);
        File.WriteAllText(Path.Combine(_folder, "empty.txt"), "");
        File.WriteAllText(Path.Combine(_folder, "good.md"), "## Consul at scale by Ann Lee\n- Gossip pools per DC.\n");
        var catalog = NotesReader.LoadFolder(_folder);
        Assert.Equal("Consul at scale", Assert.Single(catalog.Talks).Title);
        Assert.Equal(["bad.md", "empty.txt"], catalog.Warnings.Select(w => w.File).Order());
    }

    [Fact]
    public void Text_in_neither_utf8_nor_windows_1252_is_skipped_naming_the_line()
    {
        // 0x81 is a byte Windows-1252 leaves undefined, and not UTF-8 after "line two\n".
        var warning = NotesReader.Warning([.. "## Talk\nline two\n"u8, 0x81, 0x82, (byte)'\n'])!;
        Assert.Equal("skipped: not valid UTF-8, nor Windows-1252 (Latin-1) text", warning.Reason);
        Assert.Equal(3, warning.Line);
    }
}
