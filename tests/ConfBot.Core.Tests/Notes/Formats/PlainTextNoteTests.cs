using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes.Formats;

public sealed class PlainTextNoteTests
{
    [Fact]
    public void Numbered_talks_under_day_markers_carry_their_day()
    {
        var writeUps = NotesReader.WriteUps("""
            FOSDEM 2020 notes
            =================
            Day 1 :
            -------
            1) Rust in the kernel
            - Memory safety for drivers
              1. Nested numbered item stays a point
            - Slides : https://example.org/slides/rust-kernel.pdf

            Day 2 :
            -------
            1) Postgres vacuum explained (great talk)
            - Autovacuum tuning
            """, "fosdem.txt");
        Assert.Equal(2, writeUps.Count);
        Assert.Equal(1, writeUps[0].Day);
        Assert.Equal(2, writeUps[1].Day);
        Assert.Equal("Postgres vacuum explained", writeUps[1].Title);
        Assert.Contains(writeUps[0].Links, l => l.Kind == LinkKind.Slides && l.Text == "Slides");
        Assert.Contains("Nested numbered item stays a point", writeUps[0].KeyPoints);
        Assert.All(writeUps, w => Assert.Equal("FOSDEM", w.Conference));
    }

    [Fact]
    public void Html_anchor_line_before_a_bullet_list_is_the_talk_and_its_page()
    {
        var writeUps = NotesReader.WriteUps("""
            Notes from DevConf 2018

            <a href="https://devconf.example/2018/talks/42-gitops" target="_blank">GitOps for everyone</a>

            *   Git is the source of truth.
            *   Uses <a href="https://github.com/fluxcd/flux">Flux</a> to sync.
            <a href="https://devconf.example/2018/talks/43-ebpf" target="_blank">eBPF tracing</a>

            •   bpftrace one-liners.
            """, "devconf.txt");
        Assert.Equal(["GitOps for everyone", "eBPF tracing"], writeUps.Select(w => w.Title));
        Assert.Equal(LinkKind.TalkPage, writeUps[0].Links[0].Kind);
        Assert.Contains(writeUps[0].Links, l => l.Kind == LinkKind.Repository && l.Text == "Flux");
        Assert.Equal(["bpftrace one-liners."], writeUps[1].KeyPoints);
    }

    [Fact]
    public void Licence_footer_after_the_last_talk_is_not_part_of_it()
    {
        var writeUps = NotesReader.WriteUps("""
            1. Zero downtime deploys
                • Use connection draining.

            See also

            Creative Commons License
            This work is licensed under a Creative Commons Attribution 4.0 License.
            """, "blog.txt");
        var talk = Assert.Single(writeUps);
        Assert.DoesNotContain(talk.KeyPoints, p => p.Contains("licensed", StringComparison.Ordinal));
    }

    [Fact]
    public void Talk_and_speaker_field_lines_open_talks_without_any_heading_syntax()
    {
        var writeUps = NotesReader.WriteUps("""
            Monitorama 2018

            Talk: Alerting on SLOs
            Speaker: Liz Fong-Jones
            Slides: https://speakerdeck.com/lizf/slo-alerting
            - Page on burn rate, not on thresholds.

            Talk: Tracing at scale
            Speaker: Ben Sigelman
            - Sample at the tail.
            """, "monitorama.txt");
        Assert.Equal(["Alerting on SLOs", "Tracing at scale"], writeUps.Select(w => w.Title));
        Assert.Equal(["Liz Fong-Jones"], writeUps[0].Speakers);
        Assert.Contains(writeUps[0].Links, l => l.Kind == LinkKind.Slides);
        Assert.Equal(["Sample at the tail."], writeUps[1].KeyPoints);
    }

    [Fact]
    public void Text_pasted_through_the_wrong_encoding_is_repaired()
    {
        var writeUp = Assert.Single(NotesReader.WriteUps("1) Blue green deploys\n- If new hosts donâ€™t act normal roll back.\n", "mojibake.txt"));
        Assert.Equal(["If new hosts don’t act normal roll back."], writeUp.KeyPoints);
    }
}
