using ConfBot.Bot.Notes;

namespace ConfBot.Bot.Tests.Notes;

/// <summary>A message and its thread as a draft: a title from the first line, a bullet per message under its author, every link.</summary>
public sealed class MessageNotesTests
{
    [Fact]
    public void The_first_line_without_its_markdown_is_the_title_and_each_message_a_bullet_by_its_author()
    {
        var draft = MessageNotes.Draft([
            new SavedMessage("U1", "## *Scaling etcd* at [KubeCon](https://kubecon.example/etcd)\nJane Doe on compaction\n• keep revisions short", ["https://kubecon.example/etcd"]),
            new SavedMessage("U2", "Slides: https://slides.example/etcd", ["https://slides.example/etcd", "https://kubecon.example/etcd"]),
            new SavedMessage(null, "  ", []),
        ]);

        Assert.Equal("Scaling etcd at KubeCon", draft.Title);
        Assert.Equal(
            "- @U1: ## *Scaling etcd* at [KubeCon](https://kubecon.example/etcd)\n  Jane Doe on compaction\n  - keep revisions short\n- @U2: Slides: https://slides.example/etcd",
            draft.Notes);
        Assert.Equal(["https://kubecon.example/etcd", "https://slides.example/etcd"], draft.Links);
    }

    [Fact]
    public void A_long_first_line_is_cut_at_a_word_and_a_message_without_words_gives_a_generic_title()
    {
        var longLine = string.Join(' ', Enumerable.Repeat("observability", 20));

        var cut = MessageNotes.Draft([new SavedMessage("U1", longLine, [])]).Title;
        var generic = MessageNotes.Draft([new SavedMessage("U1", "***", [])]).Title;

        Assert.EndsWith("observability…", cut, StringComparison.Ordinal);
        Assert.True(cut.Length <= 121);
        Assert.Equal("Notes from Slack", generic);
    }
}
