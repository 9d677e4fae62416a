using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.Talks;

public sealed class EventLabelTests
{
    [Theory]
    [InlineData("KubeCon", 2019, "KubeCon 2019")]
    [InlineData("SREcon EMEA 2024", 2024, "SREcon EMEA 2024")]
    [InlineData("DevOpsDays 2023", 2024, "DevOpsDays 2023 2024")]
    [InlineData("FOSDEM", null, "FOSDEM")]
    [InlineData(null, 2019, null)]
    [InlineData("  ", 2019, null)]
    [InlineData(null, null, null)]
    public void Names_the_conference_and_its_year_once(string? conference, int? year, string? expected)
    {
        var talk = new Talk { Id = "t", Title = "A talk", Conference = conference, Year = year };

        Assert.Equal(expected, talk.EventLabel);
    }
}
