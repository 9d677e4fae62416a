using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Serialization;
using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Http;

/// <summary>The HTTP response for each of the pipeline's answers.</summary>
internal static class SlackResults
{
    private const string NoRetryHeader = "X-Slack-No-Retry";

    public static IResult For(HttpContext context, SlackAnswer answer) => answer switch
    {
        { Challenge: { } challenge } => Results.Text(challenge, "text/plain"),
        { Reply: { } reply } => Results.Json(reply, SlackJsonContext.Default.SlashCommandResponse),
        { ViewResponse: { } view } => Results.Json(view, SlackJsonContext.Default.ViewSubmissionResponse),
        { Acceptance: Acceptance.Invalid } => Permanent(context, StatusCodes.Status400BadRequest),
        { Acceptance: Acceptance.UnsupportedMediaType } => Permanent(context, StatusCodes.Status415UnsupportedMediaType),
        { Acceptance: Acceptance.Unauthorized } => Results.StatusCode(StatusCodes.Status401Unauthorized),
        // We cannot take it now; Slack's retry may find room.
        { Acceptance: Acceptance.Busy } => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
        _ => Results.Ok(),
    };

    /// <summary>A rejection Slack should not retry: resending the same bad request cannot succeed.</summary>
    public static IResult Permanent(HttpContext context, int statusCode)
    {
        context.Response.Headers[NoRetryHeader] = "1";
        return Results.StatusCode(statusCode);
    }
}
