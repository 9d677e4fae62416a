using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Http;

/// <summary>Either a signed body within the size limit, or the response that rejects the request.</summary>
internal readonly record struct VerifiedRequest(byte[] Body, IResult? Rejection)
{
    public static VerifiedRequest Reject(IResult rejection) => new([], rejection);
}
