using ConfBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace ConfBot.Slack.Http;

/// <summary>
/// Gate for every Slack HTTP request: bounded raw body (413), signature over those exact bytes (401), then
/// content type (415). Only the check's outcome is logged, never the secret or the signature.
/// </summary>
internal sealed partial class SlackRequestReader(SlackSignatureVerifier verifier, ILogger<SlackRequestReader> logger)
{
    public const int MaxBodyBytes = 64 * 1024;
    public const string JsonMediaType = "application/json";
    public const string FormMediaType = "application/x-www-form-urlencoded";

    public async Task<VerifiedRequest> ReadAsync(HttpRequest request, string mediaType)
    {
        var context = request.HttpContext;
        if (request.ContentLength > MaxBodyBytes || await ReadBoundedAsync(request.Body, context.RequestAborted) is not { } body)
        {
            LogTooLarge(request.Path);
            return VerifiedRequest.Reject(SlackResults.Permanent(context, StatusCodes.Status413PayloadTooLarge));
        }

        var check = verifier.Verify(
            request.Headers[SlackSignatureVerifier.TimestampHeader], request.Headers[SlackSignatureVerifier.SignatureHeader], body);
        if (check != SignatureCheck.Valid)
        {
            LogUnauthenticated(request.Path, check, context.Connection.RemoteIpAddress?.ToString());
            return VerifiedRequest.Reject(Results.StatusCode(StatusCodes.Status401Unauthorized));
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase))
        {
            LogWrongContentType(request.Path, request.ContentType);
            return VerifiedRequest.Reject(SlackResults.Permanent(context, StatusCodes.Status415UnsupportedMediaType));
        }

        // Retries are handled like first deliveries: the first may never have arrived. Dedupe is by event_id.
        if (request.Headers.TryGetValue("X-Slack-Retry-Num", out var retry))
            LogRetry(request.Path, retry.ToString(), request.Headers["X-Slack-Retry-Reason"].ToString());
        return new VerifiedRequest(body, null);
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path}: body over the size limit")]
    private partial void LogTooLarge(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path} from {RemoteIp}: signature check {Check}")]
    private partial void LogUnauthenticated(string path, SignatureCheck check, string? remoteIp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected Slack request to {Path}: content type {ContentType}")]
    private partial void LogWrongContentType(string path, string? contentType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack retry {RetryNum} ({RetryReason}) to {Path}")]
    private partial void LogRetry(string path, string retryNum, string retryReason);
}
