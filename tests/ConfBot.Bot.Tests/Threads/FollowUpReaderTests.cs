using ConfBot.Bot.Threads;
using ConfBot.Core.State;

namespace ConfBot.Bot.Tests.Threads;

public sealed class FollowUpReaderTests
{
    [Theory]
    [InlineData("links for the second one", FollowUpKind.Links, 2)]
    [InlineData("slides of the 3rd talk?", FollowUpKind.Links, 3)]
    [InlineData("is there a video of #2", FollowUpKind.Links, 2)]
    [InlineData("tell me more about the first", FollowUpKind.Talk, 1)]
    [InlineData("what about the fifth?", FollowUpKind.Talk, 5)]
    [InlineData("number 4 please", FollowUpKind.Talk, 4)]
    [InlineData("who presented the 2nd one", FollowUpKind.Speakers, 2)]
    public void An_ordinal_picks_a_talk_and_the_other_words_what_is_wanted_of_it(string text, FollowUpKind kind, int ordinal)
    {
        Assert.Equal(new FollowUp(kind, new TalkPointer(ordinal)), FollowUpReader.Read(text));
    }

    [Theory]
    [InlineData("who spoke on that?", FollowUpKind.Speakers)]
    [InlineData("Who gave it", FollowUpKind.Speakers)]
    [InlineData("links for this one", FollowUpKind.Links)]
    [InlineData("its slides?", FollowUpKind.Links)]
    [InlineData("tell me more about that talk", FollowUpKind.Talk)]
    [InlineData("who was the speaker?", FollowUpKind.Speakers)]
    public void It_that_and_this_one_mean_the_talk_in_focus(string text, FollowUpKind kind)
    {
        Assert.Equal(new FollowUp(kind, TalkPointer.Focus), FollowUpReader.Read(text));
    }

    [Theory]
    [InlineData("more")]
    [InlineData("More results please")]
    [InlineData("next page")]
    [InlineData("any others?")]
    public void More_asks_for_the_next_page(string text)
    {
        Assert.Equal(new FollowUp(FollowUpKind.NextPage, null), FollowUpReader.Read(text));
    }

    [Fact]
    public void Last_points_at_the_last_talk_shown()
    {
        Assert.Equal(new FollowUp(FollowUpKind.Links, new TalkPointer(null, Last: true)), FollowUpReader.Read("links for the last one"));
    }

    [Theory]
    [InlineData("links for kubernetes")]
    [InlineData("how does it scale?")]
    [InlineData("who talked about vault")]
    [InlineData("talks from 2017")]
    [InlineData("thanks!")]
    [InlineData("")]
    [InlineData(null)]
    public void A_reply_with_a_word_of_its_own_asks_something_new(string? text)
    {
        Assert.Null(FollowUpReader.Read(text));
    }

    [Theory]
    [InlineData(0, 2, null, "b")]
    [InlineData(3, 2, null, "e")]
    [InlineData(3, 5, null, "e")]
    [InlineData(3, 6, null, "f")]
    [InlineData(0, 4, null, null)]
    [InlineData(0, null, "c", "c")]
    [InlineData(0, null, null, "a")]
    public void An_ordinal_counts_in_the_talks_shown_or_names_a_rank_shown_and_it_means_the_talk_in_focus(int offset, int? ordinal, string? focus, string? expected)
    {
        string[] shown = offset == 0 ? ["a", "b", "c"] : ["d", "e", "f"];

        Assert.Equal(expected, new TalkPointer(ordinal).Resolve(new ThreadAnswer("q", offset, shown, focus)));
    }

    [Fact]
    public void Last_is_the_last_talk_shown_and_an_answer_without_talks_has_none()
    {
        Assert.Equal("c", new TalkPointer(null, Last: true).Resolve(new ThreadAnswer("q", 0, ["a", "b", "c"])));
        Assert.Null(TalkPointer.Focus.Resolve(new ThreadAnswer("q", 0, [])));
    }
}
