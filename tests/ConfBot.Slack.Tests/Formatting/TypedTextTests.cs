using ConfBot.Slack.Formatting;

namespace ConfBot.Slack.Tests.Formatting;

public sealed class TypedTextTests
{
    [Theory]
    [InlineData("R&amp;D &lt;3 ops &gt; dev", "R&D <3 ops > dev")]
    [InlineData("&amp;lt; stays one escape deep", "&lt; stays one escape deep")]
    [InlineData("what did <@U123ABC> say about vault", "what did @U123ABC say about vault")]
    [InlineData("what did <@U123ABC|paul> say about vault", "what did @paul say about vault")]
    [InlineData("talks from <#C123|general>", "talks from #general")]
    [InlineData("<#C1234> hi", "#C1234 hi")]
    [InlineData("talks from <#C123|>", "talks from #C123")]
    [InlineData("slides at <https://example.com|the deck>", "slides at the deck")]
    [InlineData("slides at <https://example.com/?a=1&amp;b=2>", "slides at https://example.com/?a=1&b=2")]
    [InlineData("<mailto:paul@example.com|paul@example.com> talks", "paul@example.com talks")]
    [InlineData("<!here> vault", "@here vault")]
    [InlineData("<!here|here> vault", "@here vault")]
    [InlineData("<!channel> <!everyone> vault", "@channel @everyone vault")]
    [InlineData("<!subteam^S12345|@ops> vault", "@ops vault")]
    [InlineData("<!subteam^S12345> vault", "@S12345 vault")]
    [InlineData("since <!date^1392734382^{date_short}|Feb 18, 2014>", "since Feb 18, 2014")]
    [InlineData("  plain text  ", "plain text")]
    public void Reads_slack_markup_as_the_user_saw_it(string sent, string typed) => Assert.Equal(typed, TypedText.Read(sent));

    [Fact]
    public void Missing_text_reads_empty() => Assert.Equal("", TypedText.Read(null));

    [Theory]
    // Slack's app_mention example (DOC /reference/events/app_mention).
    [InlineData("<@U0LAN0Z89> is it everything a river should be?", "U0LAN0Z89", "is it everything a river should be?")]
    [InlineData("<@U0LAN0Z89|confbot> what is pact", "U0LAN0Z89", "what is pact")]
    // python-slack-sdk's Socket Mode mock: a mention with nothing else.
    [InlineData("<@U111>", "U111", "")]
    [InlineData("thanks <@U0LAN0Z89> what is pact", "U0LAN0Z89", "thanks what is pact")]
    [InlineData("<@U0LAN0Z89> ask <@U222|ana> about pact", "U0LAN0Z89", "ask @ana about pact")]
    [InlineData("<@U222|ana> <@U0LAN0Z89> what is pact", "U0LAN0Z89", "@ana what is pact")]
    public void A_mention_reads_without_the_bot(string sent, string bot, string typed) => Assert.Equal(typed, TypedText.ReadMention(sent, bot));

    [Fact]
    public void Until_the_bot_is_known_the_leading_mention_is_taken_for_it() =>
        Assert.Equal("ask @U222 about pact", TypedText.ReadMention("<@U0LAN0Z89> ask <@U222> about pact", botUserId: null));

    [Theory]
    [InlineData("thanks <@U0LAN0Z89>, what about pact?", true)]
    [InlineData("<@U0LAN0Z89|confbot> what is pact", true)]
    [InlineData("ask <@U0LAN0Z891> instead", false)]
    [InlineData("ask <@U222|ana> about pact", false)]
    [InlineData("U0LAN0Z89 without the markup", false)]
    public void A_mention_of_one_user_is_told_from_another_whose_id_starts_the_same(string sent, bool mentioned) =>
        Assert.Equal(mentioned, TypedText.Mentions(sent, "U0LAN0Z89"));
}
