using System.Text;
using System.Text.Json;
using ConfBot.Slack.Http;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Reads a signed HTTP body the way Slack sends it to each URL: JSON for events, a form with a <c>payload</c> of JSON
/// for interactions, a form of fields for the slash command. The wrong content type is 415; an unreadable body 400.
/// </summary>
internal sealed partial class HttpBodyStep(ILogger<HttpBodyStep> logger) : ISlackStep
{
    public Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken)
    {
        if (delivery.Http is not { } http)
            return next(delivery, cancellationToken);

        var request = http.Request;
        if (!http.HasMediaType(delivery.Kind == SlackDeliveryKind.Event ? HttpDelivery.JsonMediaType : HttpDelivery.FormMediaType))
        {
            LogWrongContentType(request.Path, request.ContentType);
            return Task.FromResult(new SlackAnswer(Acceptance.UnsupportedMediaType));
        }

        // Retries are handled like first deliveries: the first may never have arrived. Dedupe is by event_id.
        if (request.Headers.TryGetValue("X-Slack-Retry-Num", out var retry))
        {
            // CA1873: Slack sends each header once and an endpoint's path needs no escaping, so each ToString returns a stored string.
#pragma warning disable CA1873
            LogRetry(request.Path, retry.ToString(), request.Headers["X-Slack-Retry-Reason"].ToString());
#pragma warning restore CA1873
        }

        var read = delivery.Kind switch
        {
            SlackDeliveryKind.Event => FormBody.ParseJson(http.Body) is { } json ? delivery with { Json = json } : null,
            SlackDeliveryKind.Interaction => InteractionPayload(http.Body) is { } json ? delivery with { Json = json } : null,
            _ => SlashCommandForm.Parse(FormBody.ParseForm(http.Body)) is { } command ? delivery with { Command = command } : null,
        };
        return read is null ? Task.FromResult(SlackAnswer.Invalid) : next(read, cancellationToken);
    }

    private static JsonElement? InteractionPayload(byte[] body) =>
        FormBody.Field(FormBody.ParseForm(body), "payload") is { } payload ? FormBody.ParseJson(Encoding.UTF8.GetBytes(payload)) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path}: content type {ContentType}")]
    private partial void LogWrongContentType(string path, string? contentType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack retry {RetryNum} ({RetryReason}) to {Path}")]
    private partial void LogRetry(string path, string retryNum, string retryReason);
}
