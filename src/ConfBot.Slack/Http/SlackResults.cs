using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Http;

/// <summary>Responses to Slack that are not a plain 200.</summary>
internal static class SlackResults
{
    private const string NoRetryHeader = "X-Slack-No-Retry";

    /// <summary>A rejection Slack should not retry: resending the same bad request cannot succeed.</summary>
    public static IResult Permanent(HttpContext context, int statusCode)
    {
        context.Response.Headers[NoRetryHeader] = "1";
        return Results.StatusCode(statusCode);
    }

    /// <summary>We cannot take it now; Slack's retry may find room.</summary>
    public static IResult Busy() => Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
}
