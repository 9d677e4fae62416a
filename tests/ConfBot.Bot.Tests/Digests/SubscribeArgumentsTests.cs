using ConfBot.Core.State;
using ConfBot.Bot.Digests;

namespace ConfBot.Bot.Tests.Digests;

public sealed class SubscribeArgumentsTests
{
    [Fact]
    public void Reads_time_zone_and_days_in_any_order()
    {
        var (arguments, problem) = SubscribeArguments.Parse("daily Europe/Berlin 8:05");

        Assert.Null(problem);
        Assert.Equal(new SubscribeArguments(new TimeOnly(8, 5), "Europe/Berlin", DigestDays.Daily), arguments);
    }

    [Fact]
    public void Nothing_given_leaves_the_defaults_to_the_options() =>
        Assert.Equal(new SubscribeArguments(null, null, DigestDays.Weekdays), SubscribeArguments.Parse("").Arguments);

    [Theory]
    [InlineData("25:00", "not a time of day")]
    [InlineData("Mars/Olympus_Mons", "not a time zone")]
    public void Unknown_time_or_zone_is_named_in_the_problem(string text, string expected)
    {
        var (arguments, problem) = SubscribeArguments.Parse(text);

        Assert.Null(arguments);
        Assert.Contains(expected, problem);
        Assert.Contains(text, problem);
    }
}
