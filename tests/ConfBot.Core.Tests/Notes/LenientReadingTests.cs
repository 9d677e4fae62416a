using System.Text;
using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Notes.Reading;

namespace ConfBot.Core.Tests.Notes;

/// <summary>What a strict parser rejects but a person's editor wrote is still read, with a warning naming the file and line.</summary>
public sealed class LenientReadingTests
{
    private static NoteReading Read(byte[] bytes, string file = "note.md") => new NoteFormats().Read(file, bytes, 5 * 1024 * 1024);

    private static NoteReading Read(string text, string file = "note.md") => Read(Encoding.UTF8.GetBytes(text), file);

    [Fact]
    public void Front_matter_with_a_repeated_key_is_read_with_the_last_value_and_a_warning_on_its_line()
    {
        var reading = Read("""
            ---
            date: 2014-04-20
            title: "PyCon 2014 Videos"
            date: 2014-04-27
            ---
            ## Diving into Open Data by Julia Evans
            """);
        Assert.Equal(new NoteMetadata("PyCon 2014 Videos", null, new DateOnly(2014, 4, 27), null, []), reading.Note!.Metadata with { Tags = [] });
        var warning = Assert.Single(reading.Warnings);
        Assert.Equal(new NoteWarning("note.md", 4, "front matter read leniently (duplicate key 'date', the last one is used)"), warning);
        Assert.Contains(reading.Blocks, b => b is { Kind: BlockKind.Heading, Line: 6 });
    }

    [Fact]
    public void Front_matter_indented_with_tabs_is_read_as_if_they_were_spaces()
    {
        var reading = Read("---\ntitle: SREcon 2022\ntags:\n\t- sre\n\t- oncall\n---\n## Error budgets\n");
        Assert.Equal("SREcon 2022", reading.Note!.Metadata.Title);
        Assert.Equal(["sre", "oncall"], reading.Note.Metadata.Tags);
        Assert.Equal(new NoteWarning("note.md", 4, "front matter read leniently (tabs read as spaces)"), Assert.Single(reading.Warnings));
    }

    [Theory]
    [InlineData("---\ntitle: ok\ntags: [a, b\ndate: x\n---\n## Consul at scale\n- Gossip pools per DC.\n")]
    [InlineData("+++\ntitle = \"x\nbroken\n+++\n## Consul at scale\n- Gossip pools per DC.\n")]
    public void Front_matter_no_parser_can_read_is_left_out_and_the_note_is_still_read(string note)
    {
        var reading = Read(note);
        Assert.Equal(NoteMetadata.None, reading.Note!.Metadata);
        Assert.StartsWith("front matter left out (", Assert.Single(reading.Warnings).Reason);
        Assert.Equal(["Consul at scale", "Gossip pools per DC."], reading.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_note_whose_front_matter_never_closes_is_read_as_text_with_a_warning()
    {
        var reading = Read("---\ntitle: x\n## Consul at scale\n");
        Assert.Contains(reading.Blocks, b => b.Text == "Consul at scale");
        Assert.Equal(new NoteWarning("note.md", 1, "front matter has no closing '---', so it is read as text"), Assert.Single(reading.Warnings));
    }

    [Fact]
    public void A_note_saved_as_windows_1252_is_read_with_a_warning_on_the_first_line_that_is_not_utf8()
    {
        var bytes = Encoding.Latin1.GetBytes("## Talk\nline two\ncaf\u00e9 au lait\n")
            .Concat(new byte[] { 0x93, (byte)'q', 0x94, (byte)'\n' }).ToArray();
        var reading = Read(bytes);
        Assert.Equal(["Talk", "line two caf\u00e9 au lait \u201cq\u201d"], reading.Blocks.Select(b => b.Text));
        Assert.Equal(new NoteWarning("note.md", 3, "not valid UTF-8, so read as Windows-1252 (Latin-1)"), Assert.Single(reading.Warnings));
    }

    [Fact]
    public void A_note_saved_as_utf16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("## Caf\u00e9 talk\n- point\n")).ToArray();
        Assert.Equal(["Caf\u00e9 talk", "point"], Read(bytes).Blocks.Select(b => b.Text));
    }
}
