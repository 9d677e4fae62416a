using System.Net.Sockets;
using ConfBot.Slack.WebApi;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ConfBot.Slack.Tests.WebApi;

public sealed class SlackApiFailureTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        { new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new TimeoutRejectedException(), true },
        { new BrokenCircuitException(), true },
        { new SlackApiException("auth.test", "ratelimited"), true },
        { new SlackApiException("auth.test", "http_503"), true },
        { new SlackApiException("auth.test", "fatal_error"), true },
        { new SlackApiException("auth.test", "invalid_auth"), false },
        { new SlackApiException("auth.test", "token_revoked"), false },
        { new SlackApiException("auth.test", "http_404"), false },
        { new InvalidOperationException("a bug"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Tells_a_slack_outage_from_slack_refusing_the_call(Exception failure, bool outage) =>
        Assert.Equal(outage, SlackApiFailure.IsOutage(failure));
}
