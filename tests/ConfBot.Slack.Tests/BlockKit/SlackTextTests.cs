using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Tests.BlockKit;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<!channel> look", "&lt;!channel&gt; look")]
    [InlineData("ping <@U123>", "ping &lt;@U123&gt;")]
    [InlineData("<https://evil|innocent>", "&lt;https://evil|innocent&gt;")]
    [InlineData("R&D > ops", "R&amp;D &gt; ops")]
    [InlineData("&lt;", "&amp;lt;")]
    [InlineData("*bold* stays", "*bold* stays")]
    public void Escape_neutralises_mentions_and_links(string text, string escaped) => Assert.Equal(escaped, SlackText.Escape(text));

    [Fact]
    public void Short_text_is_untouched() => Assert.Equal("hello", SlackText.Truncate("hello", 5));

    [Fact]
    public void Long_text_ends_with_an_ellipsis_within_the_limit()
    {
        var truncated = SlackText.Truncate(new string('a', 100), 10);

        Assert.Equal(10, truncated.Length);
        Assert.EndsWith("…", truncated, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncation_never_splits_an_escape() => Assert.Equal("ab…", SlackText.Truncate("ab&amp;cdef", 6));

    [Fact]
    public void Truncation_never_splits_a_link() => Assert.Equal("see …", SlackText.Truncate("see <https://example.com|docs> now", 12));

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        var truncated = SlackText.Truncate("ab😀cd", 4);

        Assert.Equal("ab…", truncated);
    }
}
