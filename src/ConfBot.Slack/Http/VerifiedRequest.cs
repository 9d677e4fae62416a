using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Http;

/// <summary>
/// Either a signed body within the size limit, or the response that settles the request at the gate: a rejection,
/// or the ack of Slack's unsigned ssl_check.
/// </summary>
internal readonly record struct VerifiedRequest(byte[] Body, IResult? Settled)
{
    public static VerifiedRequest Settle(IResult response) => new([], response);
}
