using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes.Formats;

/// <summary>reStructuredText and Org (read by pandoc) and AsciiDoc (by asciidoctor) come out as the same blocks as Markdown, on the lines the author wrote them.</summary>
public sealed class ConvertedNoteTests
{
    private static string Describe(NoteBlock b) =>
        $"{b.Line} {b.Kind} {b.Level}{(b.Mark is null ? "" : $" [{b.Mark}]")} {b.Text}{string.Concat(b.Links.Select(l => $" <{l.Url}>"))}";

    [SkippableTheory]
    [InlineData("djangocon.rst")]
    [InlineData("djangocon.rest")]
    public void Restructured_text_gives_headings_by_underline_items_and_resolved_named_links(string file)
    {
        Converters.Require("pandoc", "pandoc");
        var blocks = NotesReader.Blocks("""
            =================
            DjangoCon EU 2013
            =================

            Day 1
            =====

            Keynote: **Jacob Kaplan-Moss**, `Django at 8`_
            ------------------------------------------------

            * Jane Doe, **Testing things**
            * Slides on `speakerdeck <https://speakerdeck.com/jd/testing>`_

              * nested point

            .. _Django at 8: https://djangocon.eu/talks/django-at-8
            """, file);
        Assert.Equal([
            "2 Heading 1 DjangoCon EU 2013",
            "5 Heading 2 Day 1",
            "8 Heading 3 Keynote: Jacob Kaplan-Moss, Django at 8 <https://djangocon.eu/talks/django-at-8>",
            "11 Item 0 Jane Doe, Testing things",
            "12 Item 0 Slides on speakerdeck <https://speakerdeck.com/jd/testing>",
            "14 Item 1 nested point",
        ], blocks.Select(Describe));
    }

    [SkippableFact]
    public void Restructured_text_field_lists_read_as_labelled_lines_and_table_rows_as_one_line_each()
    {
        Converters.Require("pandoc", "pandoc");
        var blocks = NotesReader.Blocks("""
            Observability at scale
            ======================

            :Speaker: Jane Doe
            :Slides: https://speakerdeck.com/jd/o11y

            +-------+-------------------------+
            | Time  | Talk                    |
            +=======+=========================+
            | 09:00 | `Keynote <https://k.example/>`_ |
            +-------+-------------------------+

            .. toctree::

               data-pipeline
            """, "o11y.rst");
        Assert.Equal([
            "1 Heading 1 Observability at scale",
            "4 Paragraph 0 Speaker: Jane Doe",
            "5 Paragraph 0 Slides: https://speakerdeck.com/jd/o11y <https://speakerdeck.com/jd/o11y>",
            "8 Paragraph 0 Time | Talk",
            "10 Paragraph 0 09:00 | Keynote <https://k.example/>",
        ], blocks.Select(Describe));
    }

    [SkippableFact]
    public void A_restructured_text_target_written_like_its_reference_still_gives_the_reference_its_url()
    {
        Converters.Require("pandoc", "pandoc");
        var blocks = NotesReader.Blocks("""
            Slides
            ======

            * `Simplicity is a feature`_

            .. _`Simplicity is a feature`_: https://speakerdeck.com/lukasa/simplicity-is-a-feature
            """, "slides.rst");
        Assert.Equal("4 Item 0 Simplicity is a feature <https://speakerdeck.com/lukasa/simplicity-is-a-feature>", Describe(blocks[^1]));
    }

    [SkippableFact]
    public void Restructured_text_todos_and_admonitions_keep_the_mark_the_author_gave_them()
    {
        Converters.Require("pandoc", "pandoc");
        var blocks = NotesReader.Blocks("""
            Scaling Postgres
            ================

            Replicas lag under load.

            .. todo:: Evaluate Hubble

            .. note:: Action: try pg_repack on staging

            .. admonition:: Action

               Write up the failover runbook.
            """, "pg.rst");
        Assert.Equal([
            "1 Heading 1 Scaling Postgres",
            "4 Paragraph 0 Replicas lag under load.",
            "6 Paragraph 0 [TODO] Evaluate Hubble",
            "8 Paragraph 0 [Note] Action: try pg_repack on staging",
            "12 Paragraph 0 [Action] Write up the failover runbook.",
        ], blocks.Select(Describe));
    }

    [SkippableFact]
    public void Org_headlines_keep_their_todo_keyword_in_the_text_and_as_the_mark_and_lose_their_tags()
    {
        Converters.Require("pandoc", "pandoc");
        var blocks = NotesReader.Blocks("""
            #+TITLE: KubeCon EU 2024
            #+AUTHOR: Ann Lee

            * Day 1
            ** TODO Try Karpenter
               Bin-packing beats the cluster autoscaler, see [[https://karpenter.sh][the docs]].
            ** DONE Read the Cilium paper                                      :network:
            - eBPF replaces iptables
              - no more conntrack races
            - [ ] Evaluate Hubble
            - [X] Watch the keynote again
            """, "kubecon.org");
        Assert.Equal([
            "1 Heading 1 KubeCon EU 2024",
            "4 Heading 2 Day 1",
            "5 Heading 3 [TODO] TODO Try Karpenter",
            "6 Paragraph 0 Bin-packing beats the cluster autoscaler, see the docs. <https://karpenter.sh>",
            "7 Heading 3 [DONE] DONE Read the Cilium paper",
            "8 Item 0 eBPF replaces iptables",
            "9 Item 1 no more conntrack races",
            "10 Item 0 [TODO] Evaluate Hubble",
            "11 Item 0 [DONE] Watch the keynote again",
        ], blocks.Select(Describe));
    }

    [SkippableFact]
    public void Asciidoc_resolves_attribute_references_and_keeps_admonitions_and_checklists_marked()
    {
        Converters.Require("asciidoctor", "asciidoctor");
        var blocks = NotesReader.Blocks("""
            = Devoxx BE 2023
            :conf: Devoxx Belgium
            :talk: https://devoxx.be/talk/java-21[Java 21 in practice]

            == Day one at {conf}

            === Java 21 by Jane Doe

            I liked {talk} most.

            .Takeaways
            * Virtual threads are cheap
            ** pin carriers with care
            * [ ] Migrate the build
            * [x] Watch the recording

            NOTE: Action: upgrade the CI images

            include::other-notes.adoc[]
            """, "devoxx.adoc");
        Assert.Equal([
            "1 Heading 1 Devoxx BE 2023",
            "5 Heading 2 Day one at Devoxx Belgium",
            "7 Heading 3 Java 21 by Jane Doe",
            "9 Paragraph 0 I liked Java 21 in practice most. <https://devoxx.be/talk/java-21>",
            "11 Paragraph 0 Takeaways",
            "12 Item 0 Virtual threads are cheap",
            "13 Item 1 pin carriers with care",
            "14 Item 0 [TODO] Migrate the build",
            "15 Item 0 [DONE] Watch the recording",
            "17 Paragraph 0 [Note] Action: upgrade the CI images",
        ], blocks.Select(Describe));
    }
}
