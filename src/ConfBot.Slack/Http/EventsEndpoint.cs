using System.Text.Json;
using ConfBot.Slack.Dispatch;
using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Http;

/// <summary><c>POST {prefix}/events</c>: answers url_verification, acks callbacks at once and handles them in the background.</summary>
internal static class EventsEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, SlackRequestReader reader, SlackDispatcher dispatcher)
    {
        var read = await reader.ReadAsync(request, SlackRequestReader.JsonMediaType);
        if (read.Settled is { } settled)
            return settled;
        if (FormBody.ParseJson(read.Body) is not { } body)
            return SlackResults.Permanent(request.HttpContext, StatusCodes.Status400BadRequest);

        return dispatcher.AcceptEvent(body) switch
        {
            { Challenge: { } challenge } => Results.Text(challenge, "text/plain"),
            { Acceptance: Acceptance.Invalid } => SlackResults.Permanent(request.HttpContext, StatusCodes.Status400BadRequest),
            { Acceptance: Acceptance.Busy } => SlackResults.Busy(),
            _ => Results.Ok(),
        };
    }
}
