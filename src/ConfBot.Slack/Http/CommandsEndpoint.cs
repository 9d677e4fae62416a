using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Serialization;
using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Http;

/// <summary><c>POST {prefix}/commands</c>: the handler's reply as the ack body, or an empty ack if it is slow.</summary>
internal static class CommandsEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, SlackRequestReader reader, SlackDispatcher dispatcher)
    {
        var read = await reader.ReadCommandAsync(request);
        if (read.Settled is { } settled)
            return settled;

        if (SlashCommandForm.Parse(FormBody.ParseForm(read.Body)) is not { } command)
            return SlackResults.Permanent(request.HttpContext, StatusCodes.Status400BadRequest);

        var reply = await dispatcher.AcceptCommandAsync(command, request.HttpContext.RequestAborted);
        return reply is null ? Results.Ok() : Results.Json(reply, SlackJsonContext.Default.SlashCommandResponse);
    }
}
