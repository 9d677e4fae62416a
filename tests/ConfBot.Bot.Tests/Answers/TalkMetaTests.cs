using ConfBot.Bot.Answers;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Tests.Answers;

public sealed class TalkMetaTests
{
    private static Talk Talk(string title, string? company, params string[] speakers) =>
        new() { Id = "t", Title = title, Speakers = speakers, Company = company, Conference = "ScaleConf", Year = 2016 };

    [Fact]
    public void A_line_after_a_title_that_carries_the_byline_names_only_the_event()
    {
        var talk = Talk("Nick Walker (Vend): debugging services at Vend", "Vend", "Nick Walker");

        Assert.Equal(["ScaleConf 2016"], TalkMeta.AfterTitle(talk));
    }

    [Fact]
    public void Speakers_the_title_does_not_name_stay_with_their_company()
    {
        var talk = Talk("Jane Doe on Vend's deploys", "Vend", "Jane Doe", "Ana Lima");

        Assert.Equal(["Ana Lima (Vend)", "ScaleConf 2016"], TalkMeta.AfterTitle(talk));
    }

    [Fact]
    public void Saying_who_gave_a_talk_names_every_speaker_even_when_the_title_does()
    {
        var talk = Talk("Nick Walker (Vend): debugging services at Vend", "Vend", "Nick Walker");

        Assert.Equal(["Nick Walker (Vend)", "ScaleConf 2016"], TalkMeta.Parts(talk));
    }
}
