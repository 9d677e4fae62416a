using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Tests.Commands;

public sealed class RichTextTests
{
    [Fact]
    public void Backticked_words_are_code_and_line_breaks_are_spans()
    {
        var text = RichText.WithCode("Use `digest now`.\nOr `help`");

        Assert.Equal([new Plain("Use "), new Code("digest now"), new Plain("."), new LineBreak(), new Plain("Or "), new Code("help")], text.Spans);
    }

    [Fact]
    public void An_unpaired_backtick_stays_text()
    {
        var text = RichText.WithCode("a ` b");

        Assert.DoesNotContain(text.Spans, s => s is Code);
        Assert.Equal("a ` b", text.ToPlainText());
    }
}
