using System.Text;
using ConfBot.Slack.Dispatch;
using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Http;

/// <summary><c>POST {prefix}/interactions</c>: a form with one <c>payload</c> field of JSON; acked at once, handled in the background.</summary>
internal static class InteractionsEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, SlackRequestReader reader, SlackDispatcher dispatcher)
    {
        var read = await reader.ReadAsync(request, SlackRequestReader.FormMediaType);
        if (read.Settled is { } settled)
            return settled;

        var payload = FormBody.Field(FormBody.ParseForm(read.Body), "payload");
        if (payload is null || FormBody.ParseJson(Encoding.UTF8.GetBytes(payload)) is not { } json)
            return SlackResults.Permanent(request.HttpContext, StatusCodes.Status400BadRequest);

        return dispatcher.AcceptInteraction(json) switch
        {
            Acceptance.Invalid => SlackResults.Permanent(request.HttpContext, StatusCodes.Status400BadRequest),
            Acceptance.Busy => SlackResults.Busy(),
            _ => Results.Ok(),
        };
    }
}
