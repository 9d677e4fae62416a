using ConfBot.Bot.Digests;

namespace ConfBot.Bot.Tests.Digests;

public sealed class DigestRequestTests
{
    [Theory]
    [InlineData("", nameof(DigestVerb.Status), "")]
    [InlineData("status", nameof(DigestVerb.Status), "")]
    [InlineData("NOW", nameof(DigestVerb.Now), "")]
    [InlineData("preview", nameof(DigestVerb.Preview), "")]
    [InlineData("unsubscribe", nameof(DigestVerb.Unsubscribe), "")]
    [InlineData("subscribe", nameof(DigestVerb.Subscribe), "")]
    [InlineData("subscribe 08:30 UTC daily", nameof(DigestVerb.Subscribe), "08:30 UTC daily")]
    public void Reads_the_verb_and_the_schedule(string argument, string verb, string schedule) =>
        Assert.Equal(new DigestRequest(Enum.Parse<DigestVerb>(verb), schedule), DigestRequest.Parse(argument));

    [Theory]
    [InlineData("of the kubernetes talks")]
    [InlineData("now please")]
    [InlineData("status of vault")]
    public void Words_that_are_not_a_digest_command_are_not_read(string argument) => Assert.Null(DigestRequest.Parse(argument));
}
